//! What `gongdao` does: serve the portal (no arguments), or one of the
//! commands `create-staff [--role reviewer] USERNAME UNIT "NAME"` (password from standard
//! input), `backup FILE` (a consistent copy of the SQLite database) and
//! `language-report` (the Tibetan and Yi text measured, as Markdown) and
//! `report --month YYYY-MM` (the month's 接诉即办 figures for the county's
//! meeting, as Markdown) and `export-translations DIR` (the Tibetan and Yi
//! as the reviewers left them, as the repository's files).

use crate::{config::Config, db, router, staff::Accounts, units::Units, AppState};
use anyhow::{bail, Context};
use std::{io::BufRead, sync::Arc};
use tokio::signal;

/// Serves until Ctrl-C or SIGTERM, finishing the requests in flight.
pub async fn serve(config: Config) -> anyhow::Result<()> {
    any_spawner::Executor::init_tokio().context("starting the render executor")?;
    let state = AppState::from_config(config.clone()).await.context("starting (database, dist/, content/)")?;
    if config.demo {
        state.staff.seed_demo(&config.content_dir.join("demo-staff.toml")).await.context("demo staff")?;
        let households = config.content_dir.join("culture-bank/demo.toml");
        state.bank.seed_demo(&households, crate::case::now()).await.context("demo culture bank")?;
    }
    tracing::info!(articles = state.guides.now().articles().len(), "content loaded");
    state.spawn_jobs();
    let (counts, db) = (state.chat.counts.clone(), state.db.clone());
    let app = router(state, config.dist_dir.clone());
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("cannot listen on {}", config.addr))?;
    tracing::info!("Gongdao is ready at http://{}/", config.addr);
    println!("Gongdao is ready at http://{}/", config.addr);
    // The peer address is what per-client rate limits count by (edge::client).
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    if let Err(e) = counts.flush(&db).await {
        tracing::warn!(error = %e, "last chat counts not written");
    }
    tracing::info!("stopped cleanly");
    Ok(())
}

/// Runs the command named by `args`.
pub async fn run(config: Config, args: &[String]) -> anyhow::Result<()> {
    if args.first().map(String::as_str) == Some("language-report") {
        // Reads the repository's text, not the database.
        let root = config.content_dir.parent().unwrap_or(std::path::Path::new("."));
        let report = crate::language::report(root)?;
        print!("{}", report.markdown());
        if !report.failures().is_empty() {
            bail!("{} rules broken", report.failures().len());
        }
        return Ok(());
    }
    if args.first().map(String::as_str) == Some("export-translations") {
        let [_, dir] = args else { bail!("usage: gongdao export-translations DIR") };
        // The whole state: the library with the saved texts laid over it.
        let state = AppState::from_config(config).await?;
        let n = crate::review::export::export(&state, std::path::Path::new(dir)).await?;
        println!("{n} files written under {dir}");
        return Ok(());
    }
    let db = db::connect(&config.database_url).await.context("opening the database")?;
    match args.first().map(String::as_str) {
        Some("create-staff") => {
            let usage = "usage: gongdao create-staff [--role handler|reviewer] USERNAME UNIT \"DISPLAY NAME\"";
            let (role, rest) = match args {
                [_, flag, role, rest @ ..] if flag == "--role" => (role.as_str(), rest),
                [_, rest @ ..] => ("handler", rest),
                [] => bail!(usage),
            };
            let Some(role) = domain::staff::StaffRole::parse(role) else { bail!(usage) };
            let [username, unit, name] = rest else { bail!(usage) };
            eprintln!("password for {username} (at least 10 characters), then Enter:");
            let mut password = String::new();
            std::io::stdin().lock().read_line(&mut password)?;
            let units = Arc::new(Units::load(&config.content_dir.join("units.toml"))?);
            let password = password.trim_end_matches(['\r', '\n']);
            Accounts::new(db, units).create_user(username, password, unit, name, role).await?;
            println!("created staff user {username} ({}) for unit {unit}", role.as_str());
        }
        Some("backup") => {
            let [_, file] = args else { bail!("usage: gongdao backup FILE") };
            crate::backup::backup(&db, &config.database_url, std::path::Path::new(file)).await?;
            println!("backup written to {file}");
        }
        Some("report") => {
            let month = match args {
                [_, flag, month] if flag == "--month" => domain::stats::Month::parse(month),
                _ => None,
            };
            let Some(month) = month else { bail!("usage: gongdao report --month YYYY-MM") };
            let units = Units::load(&config.content_dir.join("units.toml"))?;
            print!("{}", crate::stats::monthly_report(&db, &units, month, crate::case::clock::now()).await?);
        }
        other => bail!("unknown command {other:?}; the commands are create-staff, backup, report, language-report and export-translations"),
    }
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
