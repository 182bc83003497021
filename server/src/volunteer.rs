//! Residents who take part: the eight volunteer teams of every village
//! (志愿队), appeals handed to a team, and the volunteer police of a
//! township (平安义警) with their patrol shifts. Work done is credited to
//! the volunteer's household in the culture bank (`bank/`).

pub mod api;
pub mod desk;
pub mod forms;
pub mod patrols;
pub mod tasks;
pub mod teams;

pub use desk::{VolunteerError, Volunteers};
pub use teams::{Teams, TeamsError};

use crate::{case::now, edge::ClientAddr, units::Level, AppState};
use app::volunteer::{TeamInfo, VolunteerOptions};
use domain::{appeal::Choice, volunteer::VolunteerView, Lang};

impl app::volunteer::VolunteerStore for AppState {
    fn options(&self, lang: Lang) -> VolunteerOptions {
        let teams = &self.volunteers.teams.team;
        let units = &self.units;
        VolunteerOptions {
            teams: teams
                .iter()
                .map(|t| TeamInfo {
                    id: t.id.clone(),
                    name: t.name.get(lang).to_owned(),
                    about: t.about(lang).to_owned(),
                })
                .collect(),
            villages: units
                .of_level(Level::Village)
                .map(|v| {
                    let township = units.get(&v.parent).map_or("", |t| t.name(lang));
                    Choice { id: v.id.clone(), name: format!("{township} · {}", v.name(lang)), icon: String::new() }
                })
                .collect(),
            key: format!("volunteer-{}", &crate::case::codes::new_secret()[..32]),
        }
    }

    fn application<'a>(
        &'a self,
        no: &'a str,
        code: &'a str,
        lang: Lang,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<VolunteerView>> + Send + 'a>> {
        Box::pin(async move {
            let no = crate::track::authorise_volunteer(self, ClientAddr::of_page(self), no, code).await.ok()?;
            self.volunteers.view(&no, lang, now()).await.ok()
        })
    }
}
