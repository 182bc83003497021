//! What handlers share, built from the configuration alone. Cheap to clone.

use crate::{
    appeal::{self, photos::Photos, routing::Routing, Desk},
    assets,
    bank::{Bank, BankRules, RulesError},
    case::{codes::Secret, guard::Guard, secret},
    chat::{Chat, ChatError},
    config::Config,
    db::{self, Db, DbError},
    guide::{GuideError, Guides, Library},
    limits::RateLimits,
    mediator::{self, Cases, Directory},
    page_cache::PageCache,
    staff::Accounts,
    units::{Units, UnitsError},
    volunteer::{Teams, TeamsError, Volunteers},
};
use app::shell::Assets;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    /// What codes, tokens and seals are derived from (`case/secret.rs`).
    pub secret: Secret,
    pub assets: Assets,
    pub units: Arc<Units>,
    /// The library with the reviewers' saved sections (`review/`).
    pub guides: Arc<Guides>,
    pub appeals: Arc<Desk>,
    pub mediations: Arc<Cases>,
    /// The culture bank (文化银行).
    pub bank: Arc<Bank>,
    /// Volunteer teams and the volunteer police (平安义警).
    pub volunteers: Arc<Volunteers>,
    pub guard: Arc<Guard>,
    pub staff: Arc<Accounts>,
    pub photos: Arc<Photos>,
    pub limits: Arc<RateLimits>,
    pub chat: Arc<Chat>,
    /// Article pages rendered once (`page_cache.rs`).
    pub pages: Arc<PageCache>,
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("database: {0}")]
    Open(#[from] DbError),
    #[error("browser bundle: {0}")]
    Assets(#[from] assets::AssetsError),
    #[error("guidance library: {0}")]
    Guides(#[from] GuideError),
    #[error("units: {0}")]
    Units(#[from] UnitsError),
    #[error("appeal routing: {0}")]
    Routing(#[from] appeal::routing::RoutingError),
    #[error("mediators: {0}")]
    Mediators(#[from] mediator::directory::DirectoryError),
    #[error("culture bank: {0}")]
    Bank(#[from] RulesError),
    #[error("volunteer teams: {0}")]
    Teams(#[from] TeamsError),
    #[error("chat: {0}")]
    Chat(#[from] ChatError),
    #[error("secret: {0}")]
    Secret(#[from] secret::SecretError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("saved translations: {0}")]
    Review(#[from] crate::review::ReviewError),
}

impl AppState {
    /// Opens the database, reads the bundle's file names and loads
    /// everything editors maintain under `content/` (checked, so a bad edit
    /// stops the start with a message naming the file).
    pub async fn from_config(config: Config) -> Result<AppState, StartError> {
        let db = db::connect(&config.database_url).await?;
        let assets = assets::from_dist(&config.dist_dir)?;
        let guides = Arc::new(Library::load(&config.content_dir.join("guide"), &config.public_url)?);
        AppState::with_parts(config, db, assets, guides).await
    }

    /// As [`AppState::from_config`], with the database open and the library
    /// loaded (tests share one library).
    pub async fn with_parts(
        config: Config,
        db: Db,
        assets: Assets,
        guides: Arc<Library>,
    ) -> Result<AppState, StartError> {
        let config = config.normalised();
        let content = &config.content_dir;
        let units = Arc::new(Units::load(&content.join("units.toml"))?);
        let routing = Routing::load(&content.join("appeal"), &units)?;
        let secret = secret::load(&db, config.secret.as_ref().map(|s| s.0.as_str()), &config.data_dir).await?;
        let teams = Arc::new(Teams::load(&content.join("volunteer/teams.toml"))?);
        let appeals =
            Desk::new(db.clone(), secret.clone(), units.clone(), routing, &config.public_url).with_teams(teams.clone());
        let volunteers = Volunteers::new(db.clone(), teams, units.clone(), secret.clone(), &config.public_url);
        let directory = Arc::new(Directory::load(&content.join("mediator"), units.clone())?);
        let mediations = Cases::new(db.clone(), secret.clone(), directory, &config.public_url);
        let bank_rules = Arc::new(BankRules::load(&content.join("culture-bank/rules.toml"), &units)?);
        let bank = Bank::new(db.clone(), bank_rules, units.clone(), secret.clone());
        bank.stock_shops().await?;
        // On PostgreSQL several instances may serve together: they count
        // limits and wrong codes in the database. SQLite is one instance.
        let shared = (!config.database_url.starts_with("sqlite:")).then_some(&db);
        let state = AppState {
            staff: Arc::new(Accounts::new(db.clone(), units.clone())),
            photos: Arc::new(Photos::new(db.clone(), &config.data_dir.join("photos"))),
            chat: Arc::new(Chat::load(&content.join("chat"), &guides)?),
            guides: Arc::new(Guides::new(guides)),
            limits: Arc::new(RateLimits::standard(shared)),
            guard: Arc::new(Guard::new(shared)),
            pages: Arc::default(),
            appeals: Arc::new(appeals),
            mediations: Arc::new(mediations),
            bank: Arc::new(bank),
            volunteers: Arc::new(volunteers),
            units,
            secret,
            assets,
            db,
            config: Arc::new(config),
        };
        crate::review::publish_saved(&state).await?;
        Ok(state)
    }

    /// The work done in the background: erasing expired personal data,
    /// writing the chat's counts, deleting old shared rate counts, and once
    /// moving photos an older version kept as files into the database.
    pub fn spawn_jobs(&self) {
        appeal::retention::spawn(self.clone());
        crate::chat::counts::spawn_flush(self.chat.counts.clone(), self.db.clone());
        crate::case::counter::spawn_sweep(self.db.clone());
        crate::review::spawn_watch(self.clone());
        let photos = self.photos.clone();
        tokio::spawn(async move {
            match photos.move_files_in().await {
                Ok(0) => {}
                Ok(n) => tracing::info!(photos = n, "photos moved from files into the database"),
                Err(e) => tracing::error!(error = ?e, "moving photos into the database failed"),
            }
        });
    }
}
