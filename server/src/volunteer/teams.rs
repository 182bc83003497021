//! The eight volunteer teams every village has and the seven roles of the
//! volunteer police, from `content/volunteer/teams.toml`.

use crate::bank::rules::Names;
use domain::{appeal::Choice, volunteer::POLICE, Lang};
use serde::Deserialize;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum TeamsError {
    #[error("{0}: {1}")]
    Read(String, #[source] std::io::Error),
    #[error("{0}: {1}")]
    Parse(String, String),
    #[error("content/volunteer/teams.toml: {0}")]
    Invalid(String),
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Team {
    pub id: String,
    #[serde(flatten)]
    pub name: Names,
    about_zh: String,
    about_bo: String,
    about_ii: String,
}

impl Team {
    pub fn about(&self, lang: Lang) -> &str {
        lang.pick(&self.about_zh, &self.about_bo, &self.about_ii)
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: String,
    #[serde(flatten)]
    pub name: Names,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Teams {
    #[allow(dead_code)] // Read by editors: whether bo/ii were reviewed.
    status: String,
    pub team: Vec<Team>,
    pub role: Vec<Role>,
}

impl Teams {
    pub fn load(path: &Path) -> Result<Teams, TeamsError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| TeamsError::Read(name.clone(), e))?;
        let teams: Teams = toml::from_str(&text).map_err(|e| TeamsError::Parse(name, e.to_string()))?;
        let mut ids: Vec<&str> = teams.team.iter().map(|t| t.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.len() != teams.team.len() || ids.contains(&POLICE) {
            return Err(TeamsError::Invalid(format!("team ids must differ from each other and from {POLICE:?}")));
        }
        Ok(teams)
    }

    pub fn team(&self, id: &str) -> Option<&Team> {
        self.team.iter().find(|t| t.id == id)
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.role.iter().find(|r| r.id == id)
    }

    /// A team's name, or the volunteer police's (`police_name`).
    pub fn team_name(&self, id: &str, lang: Lang, police_name: &str) -> String {
        if id == POLICE {
            return police_name.to_owned();
        }
        self.team(id).map_or(id, |t| t.name.get(lang)).to_owned()
    }

    pub fn role_choices(&self, lang: Lang) -> Vec<Choice> {
        self.role
            .iter()
            .map(|r| Choice { id: r.id.clone(), name: r.name.get(lang).to_owned(), icon: String::new() })
            .collect()
    }
}
