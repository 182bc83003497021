//! Residents who take part: the eight volunteer teams of every village
//! (志愿队) and the volunteer police of a township (平安义警) with their
//! patrol shifts. What applicants, staff and the API see.

use crate::{
    appeal::{normalise_phone, Choice, NAME_MAX_CHARS},
    form::{is_idempotency_key, problem, Field, FieldProblem},
    Lang,
};
use serde::{Deserialize, Serialize};

/// The `team` of an application to the volunteer police rather than to
/// one of a village's teams.
pub const POLICE: &str = "police";
/// A shift needs 1 to this many volunteers.
pub const PLACES_MAX: i64 = 30;
/// A shift's place, when it is not a grid.
pub const PLACE_MAX_CHARS: usize = 100;

named_enum! {
    /// Where an application stands.
    VolunteerStatus {
        Pending = "pending",
        Approved = "approved",
        Declined = "declined",
    }
}

/// `POST /api/volunteers`: a resident offers to help.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewVolunteer {
    #[serde(default)]
    pub lang: Lang,
    pub village: String,
    /// One of the village's eight teams, or `police` for the volunteer police.
    pub team: String,
    pub name: String,
    pub phone: String,
    pub idempotency_key: String,
}

impl NewVolunteer {
    /// What is wrong regardless of the content files (the village and
    /// team are checked against them by the server).
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        let name = self.name.trim().chars().count();
        if name == 0 || name > NAME_MAX_CHARS {
            problems.push(problem(Field::Name, "volunteer-error-name"));
        }
        if normalise_phone(&self.phone).is_none() {
            problems.push(problem(Field::Phone, "appeal-error-phone"));
        }
        if self.village.trim().is_empty() {
            problems.push(problem(Field::Village, "appeal-error-village"));
        }
        if self.team.trim().is_empty() {
            problems.push(problem(Field::Team, "volunteer-error-team"));
        }
        if !is_idempotency_key(&self.idempotency_key) {
            problems.push(problem(Field::IdempotencyKey, "error-bad-request"));
        }
        problems
    }
}

/// Returned once an application is stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VolunteerReceipt {
    pub application_no: String,
    pub access_code: String,
    pub status_url: String,
}

/// A patrol shift as the public and volunteers see it: no names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Shift {
    pub id: String,
    pub starts_at: i64,
    /// The grid's name, or the place the station wrote.
    pub place: String,
    pub places: i64,
    pub free: i64,
    /// For a volunteer's own page: whether they signed up.
    #[serde(default)]
    pub mine: bool,
}

/// An application as its applicant sees it (number and code).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VolunteerView {
    pub application_no: String,
    pub village: String,
    /// The team's name, or the volunteer police's.
    pub team: String,
    pub police: bool,
    pub status: VolunteerStatus,
    /// The volunteer police role given on approval.
    pub role: Option<String>,
    pub grid: Option<String>,
    /// Upcoming shifts of the township, for an approved volunteer police.
    pub shifts: Vec<Shift>,
}

/// One applicant or member in the console.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VolunteerLine {
    pub application_no: String,
    pub name: String,
    pub phone: String,
    pub village: String,
    pub village_name: String,
    pub team: String,
    pub team_name: String,
    pub status: VolunteerStatus,
    pub role: Option<String>,
    pub grid: Option<String>,
    /// The household account credited for their work.
    pub account_no: Option<String>,
}

/// A shift in the console, with who signed up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffShift {
    pub shift: Shift,
    /// (application number, name, attended)
    pub volunteers: Vec<(String, String, bool)>,
}

/// The console's volunteers page for a user: applications to decide,
/// rosters, and, for a police station, the grids without volunteer police
/// and the patrol shifts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VolunteerDesk {
    pub pending: Vec<VolunteerLine>,
    /// Team name and its approved members.
    pub rosters: Vec<(String, Vec<VolunteerLine>)>,
    /// Household accounts of the user's villages, to credit members' work.
    pub accounts: Vec<Choice>,
    pub roles: Vec<Choice>,
    pub grids: Vec<Choice>,
    /// Whether the user is a police station (publishes shifts).
    pub station: bool,
    pub grids_without: Vec<String>,
    pub shifts: Vec<StaffShift>,
}

/// The team an appeal was handed to, and its members to record as having
/// taken part when it is done.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamTask {
    pub team: String,
    pub team_name: String,
    pub done: bool,
    pub members: Vec<VolunteerLine>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_application_needs_a_name_a_phone_a_village_and_a_team() {
        let ok = NewVolunteer {
            lang: Lang::Bo,
            village: "v-hegu".into(),
            team: "rescue".into(),
            name: "扎西".into(),
            phone: "138 1234 5678".into(),
            idempotency_key: "volunteer-0001".into(),
        };
        assert!(ok.problems().is_empty());
        let bad = NewVolunteer { name: " ".into(), phone: "12".into(), team: String::new(), ..ok };
        let fields: Vec<Field> = bad.problems().iter().map(|p| p.field).collect();
        assert_eq!(fields, [Field::Name, Field::Phone, Field::Team]);
    }
}
