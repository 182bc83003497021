//! Starts the portal: configuration, database, routes, serve, clean stop.
//! Commands instead of serving: `gongdao create-staff USERNAME UNIT "NAME"`
//! adds a staff user (password from standard input); `gongdao backup FILE`
//! writes a consistent copy of the SQLite database.

use anyhow::{bail, Context};
use server::{assets, config::Config, db, router, staff::Accounts, units::Units, AppState};
use std::{io::BufRead, sync::Arc};
use tokio::signal;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,tower_http=info".into()),
        )
        .init();
    let config = Config::from_env()?;
    let db = db::connect(&config.database_url).await.context("opening the database")?;
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(command) = args.first() {
        return match command.as_str() {
            "create-staff" => create_staff(db, &config, &args[1..]).await,
            "backup" => {
                let [file] = &args[1..] else { bail!("usage: gongdao backup FILE") };
                server::backup::backup(&db, &config.database_url, std::path::Path::new(file)).await?;
                println!("backup written to {file}");
                Ok(())
            }
            other => bail!("unknown command {other:?}; the commands are create-staff and backup"),
        };
    }

    any_spawner::Executor::init_tokio().context("starting the render executor")?;
    let assets = assets::from_dist(&config.dist_dir)?;
    let mut state = AppState::load(db, assets, &config.content_dir, &config.data_dir, &config.public_url)
        .await
        .context("loading content/ (articles, units, routing rules)")?;
    state.retention_days = config.retention_days;
    if config.demo {
        state.staff.seed_demo(&config.content_dir.join("demo-staff.toml")).await.context("demo staff")?;
    }
    tracing::info!(articles = state.guides.articles().len(), "content loaded");
    server::appeal::api::spawn_retention(state.clone());
    server::chat::counts::spawn_flush(state.chat.counts.clone(), state.db.clone());
    let (counts, db) = (state.chat.counts.clone(), state.db.clone());
    let app = router(state, config.dist_dir.clone());

    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("cannot listen on {}", config.addr))?;
    tracing::info!("Gongdao is ready at http://{}/", config.addr);
    println!("Gongdao is ready at http://{}/", config.addr);
    // The peer address is what per-client rate limits count by (limits.rs).
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    if let Err(e) = counts.flush(&db).await {
        tracing::warn!(error = %e, "last chat counts not written");
    }
    tracing::info!("stopped cleanly");
    Ok(())
}

async fn create_staff(db: db::Db, config: &Config, args: &[String]) -> anyhow::Result<()> {
    let [username, unit, name] = args else { bail!("usage: gongdao create-staff USERNAME UNIT \"DISPLAY NAME\"") };
    eprintln!("password for {username} (at least 10 characters), then Enter:");
    let mut password = String::new();
    std::io::stdin().lock().read_line(&mut password)?;
    let units = Arc::new(Units::load(&config.content_dir.join("units.toml"))?);
    Accounts::new(db, units).create_user(username, password.trim_end_matches(['\r', '\n']), unit, name).await?;
    println!("created staff user {username} for unit {unit}");
    Ok(())
}

/// Finish the requests in flight on Ctrl-C or SIGTERM, then exit.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = signal::ctrl_c().await;
    };
    let terminate = async {
        match signal::unix::signal(signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
    tracing::info!("shutting down");
}
