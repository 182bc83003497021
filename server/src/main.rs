//! Starts the portal: configuration, database, routes, serve, clean stop.

use anyhow::Context;
use server::{assets, config::Config, db, guide::Library, router, AppState};
use std::sync::Arc;
use tokio::signal;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,tower_http=info".into()),
        )
        .init();
    any_spawner::Executor::init_tokio().context("starting the render executor")?;

    let config = Config::from_env()?;
    let db = db::connect(&config.database_url).await.context("opening the database")?;
    let assets = assets::from_dist(&config.dist_dir)?;
    let guides =
        Library::load(&config.content_dir.join("guide"), &config.public_url).context("loading the guidance library")?;
    tracing::info!(articles = guides.articles().len(), "guidance library loaded");
    let app = router(AppState { db, assets, guides: Arc::new(guides) }, config.dist_dir.clone());

    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("cannot listen on {}", config.addr))?;
    tracing::info!("Gongdao is ready at http://{}/", config.addr);
    println!("Gongdao is ready at http://{}/", config.addr);
    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await?;
    tracing::info!("stopped cleanly");
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
