//! Starts Gongdao: logging, configuration, then serve or run a command
//! (`commands.rs`).

use server::{commands, config::Config};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,tower_http=info".into()),
        )
        .init();
    let config = Config::from_env()?;
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        commands::serve(config).await
    } else {
        commands::run(config, &args).await
    }
}
