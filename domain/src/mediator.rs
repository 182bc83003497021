//! Mediation "by order" (点单调解): the two sides of a dispute pick a
//! mediator both trust, anyone related to either side steps aside (回避),
//! the office assigns one when no pick works (派单), and both sides rate the
//! mediation afterwards (评单). The matching rules live here, shared by the
//! forms and the server, and are tested exhaustively below.

use crate::{
    appeal::{normalise_phone, DESCRIPTION_MAX_CHARS, DESCRIPTION_MIN_CHARS},
    form::{is_idempotency_key, problem, Field, FieldProblem},
    Lang,
};
use serde::{Deserialize, Serialize};

pub mod ranking;

/// A side names at most this many mediators it trusts.
pub const MAX_PICKS: usize = 3;
/// And may mark at most this many as related to a side.
pub const MAX_RECUSALS: usize = 10;

named_enum! {
    /// What a dispute is about, and what a mediator knows best.
    Specialty {
        Neighbour = "neighbour",
        /// Marriage and family.
        Family = "family",
        Land = "land",
        /// Labour and wages.
        Labour = "labour",
        Traffic = "traffic",
        Consumer = "consumer",
        Other = "other",
    }
}

named_enum! {
    /// Who a mediator is.
    MediatorKind {
        /// 包村民警: the police officer responsible for the village.
        Police = "police",
        /// 五老乡贤: a respected elder or local worthy.
        Elder = "elder",
        Lawyer = "lawyer",
        /// 人民调解员.
        PeopleMediator = "people-mediator",
        /// 法律明白人: a legal-aid volunteer of the village.
        LegalAdviser = "legal-adviser",
    }
}

named_enum! {
    /// Where a mediation request stands.
    MediationStatus {
        /// Waiting for the other side to answer the invitation.
        Invited = "invited",
        /// With the township office, which assigns a mediator (派单).
        Dispatch = "dispatch",
        /// A mediator is chosen; their unit sets time and place.
        Matched = "matched",
        /// Time and place are set.
        Scheduled = "scheduled",
        /// The outcome is recorded; both sides may rate.
        Done = "done",
    }
}

named_enum! {
    /// Why a request went to the office.
    DispatchReason {
        /// The two lists had no mediator in common.
        NoCommonPick = "no-common-pick",
        /// The other side declined to choose.
        Declined = "declined",
        /// The other side did not answer in time.
        NoAnswer = "no-answer",
        /// The first side asked for an assigned mediator.
        Asked = "asked",
    }
}

named_enum! {
    /// How a mediation ended.
    Outcome {
        /// 达成调解协议 (which a court can confirm, 司法确认).
        Agreement = "agreement",
        NoAgreement = "no-agreement",
        ReferredCourt = "referred-court",
        /// Sent to a department (women's federation, civil affairs, natural resources...).
        ReferredDepartment = "referred-department",
    }
}

named_enum! {
    /// Which side of the dispute: A asked for the mediation, B was invited.
    Party {
        A = "a",
        B = "b",
    }
}

named_enum! {
    /// One line of a mediation's timeline.
    MediationEvent {
        Requested = "requested",
        Answered = "answered",
        Matched = "matched",
        Dispatched = "dispatched",
        Assigned = "assigned",
        Scheduled = "scheduled",
        Outcome = "outcome",
        Rated = "rated",
    }
}

/// The mediators a side trusts, and those it says are related to a side.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Choices {
    pub picks: Vec<String>,
    pub recused: Vec<String>,
}

/// Whether either side has asked `mediator` to step aside.
pub fn is_recused(mediator: &str, a: &Choices, b: &Choices) -> bool {
    a.recused.iter().chain(&b.recused).any(|r| r == mediator)
}

/// The mediator both sides picked and neither recused: the first such on
/// A's list (A's order is their preference), or none, and then the office
/// assigns one.
pub fn common_pick<'a>(a: &'a Choices, b: &Choices) -> Option<&'a str> {
    a.picks.iter().find(|m| b.picks.contains(m) && !is_recused(m, a, b)).map(String::as_str)
}

/// What party A sends to ask for a mediation. No picks means "let the
/// office assign one at once".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewMediation {
    pub lang: Lang,
    pub dispute_type: String,
    pub village: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 10, max_length = 2000))]
    pub description: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 3))]
    pub picks: Vec<String>,
    #[serde(default)]
    pub recused: Vec<String>,
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9-]{8,64}$"))]
    pub idempotency_key: String,
}

impl NewMediation {
    pub fn choices(&self) -> Choices {
        Choices { picks: self.picks.clone(), recused: self.recused.clone() }
    }

    /// Every problem at once. Whether the village and the mediators exist is
    /// checked by the server, which holds the lists.
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        if Specialty::parse(&self.dispute_type).is_none() {
            problems.push(problem(Field::DisputeType, "mediation-error-dispute-type"));
        }
        if self.village.trim().is_empty() {
            problems.push(problem(Field::Village, "appeal-error-village"));
        }
        let length = self.description.trim().chars().count();
        if length < DESCRIPTION_MIN_CHARS {
            problems.push(problem(Field::Description, "appeal-error-description-short"));
        } else if length > DESCRIPTION_MAX_CHARS {
            problems.push(problem(Field::Description, "appeal-error-description-long"));
        }
        if let Some(phone) = self.phone.as_deref().filter(|p| !p.trim().is_empty()) {
            if normalise_phone(phone).is_none() {
                problems.push(problem(Field::Phone, "appeal-error-phone"));
            }
        }
        problems.extend(choice_problems(&self.choices()));
        if !is_idempotency_key(&self.idempotency_key) {
            problems.push(problem(Field::IdempotencyKey, "appeal-error-retry"));
        }
        problems
    }
}

/// One side's own lists: at most three picks, no mediator named twice, and
/// nobody both trusted and recused.
pub fn choice_problems(choices: &Choices) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    if choices.picks.len() > MAX_PICKS || has_duplicates(&choices.picks) {
        problems.push(problem(Field::Picks, "mediation-error-picks"));
    }
    if choices.recused.len() > MAX_RECUSALS {
        problems.push(problem(Field::Recused, "mediation-error-recused"));
    }
    if choices.picks.iter().any(|p| choices.recused.contains(p)) {
        problems.push(problem(Field::Recused, "mediation-error-pick-recused"));
    }
    problems
}

fn has_duplicates(ids: &[String]) -> bool {
    ids.iter().enumerate().any(|(i, id)| ids[..i].contains(id))
}

/// Party B's answer to the invitation: accept one of A's picks, or name
/// their own picks, or decline to choose (the office then assigns). Either
/// way B may mark mediators related to a side.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediationAnswer {
    #[serde(default)]
    pub lang: Lang,
    #[cfg_attr(feature = "openapi", schema(pattern = "^[0-9a-f]{32}$"))]
    pub invite_token: String,
    #[serde(default)]
    pub accept: Option<String>,
    #[serde(default)]
    pub picks: Vec<String>,
    #[serde(default)]
    pub recused: Vec<String>,
    #[serde(default)]
    pub decline: bool,
    /// So that the office can reach B to set a time; optional.
    #[serde(default)]
    pub phone: Option<String>,
}

/// What B's answer comes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    Matched(String),
    Dispatch(DispatchReason),
}

impl MediationAnswer {
    /// B's lists as the matching sees them: an accepted pick is B's only pick.
    pub fn choices(&self) -> Choices {
        let picks = match &self.accept {
            Some(id) => vec![id.clone()],
            None => self.picks.clone(),
        };
        Choices { picks, recused: self.recused.clone() }
    }

    /// Problems with the answer given A's lists.
    pub fn problems(&self, a: &Choices) -> Vec<FieldProblem> {
        let mut problems = choice_problems(&self.choices());
        let said = usize::from(self.accept.is_some()) + usize::from(!self.picks.is_empty()) + usize::from(self.decline);
        if said != 1 {
            problems.push(problem(Field::Accept, "mediation-error-answer"));
        }
        if let Some(id) = &self.accept {
            if !a.picks.contains(id) {
                problems.push(problem(Field::Accept, "mediation-error-accept"));
            }
        }
        if let Some(phone) = self.phone.as_deref().filter(|p| !p.trim().is_empty()) {
            if normalise_phone(phone).is_none() {
                problems.push(problem(Field::Phone, "appeal-error-phone"));
            }
        }
        problems
    }

    /// Matched when a mediator is on both lists and recused by neither.
    pub fn resolve(&self, a: &Choices) -> Resolution {
        if self.decline {
            return Resolution::Dispatch(DispatchReason::Declined);
        }
        match common_pick(a, &self.choices()) {
            Some(id) => Resolution::Matched(id.to_owned()),
            None => Resolution::Dispatch(DispatchReason::NoCommonPick),
        }
    }
}

/// Filters of the public board; `None` is "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DirectoryFilter {
    #[serde(default)]
    pub specialty: Option<Specialty>,
    #[serde(default)]
    pub township: Option<String>,
    #[serde(default)]
    pub language: Option<Lang>,
    #[serde(default)]
    pub kind: Option<MediatorKind>,
}

/// A mediator on the public board, in the reader's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediatorCard {
    pub id: String,
    pub name: String,
    /// One or two letters for the drawn avatar (no photos of people).
    pub initials: String,
    /// Which of the avatar colours, 0-7, stable for the mediator.
    pub colour: u8,
    pub kind: MediatorKind,
    pub specialties: Vec<Specialty>,
    pub languages: Vec<Lang>,
    /// Names of the townships served.
    pub townships: Vec<String>,
    /// Average of the ratings of completed mediations, 1-5.
    pub rating: Option<f32>,
    pub ratings: u32,
    /// Mediations with a recorded outcome.
    pub cases: u32,
}

/// The profile page: the card and the rest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediatorProfile {
    pub card: MediatorCard,
    pub bio: String,
    /// An office contact, never a private number.
    pub office: String,
    /// The unit that arranges the sessions.
    pub unit: String,
    /// Villages served, by name.
    pub villages: Vec<String>,
}

/// Returned once a request is stored: keep the number and code; send the
/// invitation link (or its QR code) to the other side.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediationReceipt {
    pub tracking_no: String,
    pub access_code: String,
    pub invite_url: String,
    pub status_url: String,
    /// The other side is asked to answer before this time.
    pub answer_by: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediationEntry {
    pub at: i64,
    pub kind: MediationEvent,
    /// Which side acted, for answers and ratings.
    pub party: Option<Party>,
    /// A mediator's name, a reason, an outcome, a place: already in the
    /// reader's language where it is a fixed text.
    pub detail: Option<String>,
}

/// A mediation as one side sees it (A with the code, B with the invitation).
/// Neither sees the other's phone; B never sees A's description.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediationView {
    pub tracking_no: String,
    /// Whose view this is.
    pub party: Party,
    pub status: MediationStatus,
    pub dispute_type: Specialty,
    pub village: String,
    pub township: String,
    /// A's own words; `None` in B's view.
    pub description: Option<String>,
    pub phone_masked: Option<String>,
    /// The mediators A trusts (shown to B so B can accept one).
    pub a_picks: Vec<MediatorCard>,
    /// In A's view only: whom A marked as related.
    pub recused: Vec<String>,
    pub b_answered: bool,
    pub answer_by: i64,
    pub dispatch_reason: Option<DispatchReason>,
    pub mediator: Option<MediatorCard>,
    /// The unit arranging the mediation now.
    pub unit: String,
    pub unit_contact: Option<String>,
    pub scheduled_at: Option<i64>,
    pub place: Option<String>,
    pub outcome: Option<Outcome>,
    /// This side's rating, once given.
    pub my_rating: Option<u8>,
    pub can_rate: bool,
    /// In A's view while B has not answered: the link to send to B, in
    /// full and as a path of the portal (for its QR code).
    pub invite_url: Option<String>,
    pub invite_path: Option<String>,
    pub timeline: Vec<MediationEntry>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    fn side(picks: &str, recused: &str) -> Choices {
        Choices { picks: ids(picks), recused: ids(recused) }
    }

    #[test]
    fn a_pick_on_both_lists_is_matched_in_a_s_order() {
        let a = side("m1 m2 m3", "m9");
        assert_eq!(common_pick(&a, &side("m3 m2", "")), Some("m2"));
        assert_eq!(common_pick(&a, &side("m4", "")), None);
    }

    #[test]
    fn a_recusal_by_either_side_rules_a_mediator_out() {
        let a = side("m1 m2", "m5");
        assert_eq!(common_pick(&a, &side("m1 m2", "m1")), Some("m2"));
        assert_eq!(common_pick(&a, &side("m1", "m1")), None);
        assert_eq!(common_pick(&side("m5", ""), &side("m5", "")), Some("m5"));
        assert_eq!(common_pick(&a, &side("m5", "")), None);
    }

    #[test]
    fn answers_say_exactly_one_thing() {
        let a = side("m1 m2", "");
        let answer = |accept: Option<&str>, picks: &str, decline: bool| MediationAnswer {
            invite_token: "t".into(),
            accept: accept.map(str::to_owned),
            picks: ids(picks),
            decline,
            ..Default::default()
        };
        assert_eq!(answer(Some("m2"), "", false).problems(&a), []);
        assert_eq!(answer(Some("m2"), "", false).resolve(&a), Resolution::Matched("m2".into()));
        assert_eq!(answer(None, "", true).resolve(&a), Resolution::Dispatch(DispatchReason::Declined));
        assert_eq!(answer(None, "m7", false).resolve(&a), Resolution::Dispatch(DispatchReason::NoCommonPick));
        let fields = |ans: MediationAnswer| ans.problems(&a).into_iter().map(|p| p.message_id).collect::<Vec<_>>();
        assert_eq!(fields(answer(None, "", false)), ["mediation-error-answer"]);
        assert_eq!(fields(answer(Some("m1"), "m2", false)), ["mediation-error-answer"]);
        assert_eq!(fields(answer(Some("m7"), "", false)), ["mediation-error-accept"]);
        let both = MediationAnswer { recused: ids("m1"), ..answer(Some("m1"), "", false) };
        assert_eq!(fields(both), ["mediation-error-pick-recused"]);
    }

    #[test]
    fn a_request_checks_its_own_lists() {
        let new = NewMediation {
            dispute_type: "land".into(),
            village: "v-hegu".into(),
            description: "两家为地界吵了好几次，想请人调解。".into(),
            picks: ids("m1 m2 m3 m4"),
            recused: ids("m4"),
            idempotency_key: "k-0123456789".into(),
            ..Default::default()
        };
        let ids: Vec<_> = new.problems().into_iter().map(|p| p.message_id).collect();
        assert_eq!(ids, ["mediation-error-picks", "mediation-error-pick-recused"]);
        let bad = NewMediation { dispute_type: "war".into(), ..new };
        assert_eq!(bad.problems()[0].field, Field::DisputeType);
    }

    /// Every way two sides can fill in their lists over four mediators: the
    /// matched mediator is always on both pick lists and never recused by
    /// either side, and a match is found whenever one exists.
    #[test]
    fn no_matched_mediator_is_ever_recused() {
        let all = ["m0", "m1", "m2", "m3"];
        let subset = |mask: u32| -> Vec<String> {
            all.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, m)| m.to_string()).collect()
        };
        let mut matched = 0;
        for a_picks in 0..16 {
            for a_rec in 0..16 {
                for b_picks in 0..16 {
                    for b_rec in 0..16 {
                        let a = Choices { picks: subset(a_picks), recused: subset(a_rec) };
                        let b = Choices { picks: subset(b_picks), recused: subset(b_rec) };
                        let possible = (a_picks & b_picks) & !(a_rec | b_rec) != 0;
                        match common_pick(&a, &b) {
                            Some(m) => {
                                matched += 1;
                                assert!(!is_recused(m, &a, &b), "{m} recused: {a:?} {b:?}");
                                assert!(a.picks.iter().any(|p| p == m) && b.picks.iter().any(|p| p == m));
                            }
                            None => assert!(!possible, "a match was missed: {a:?} {b:?}"),
                        }
                    }
                }
            }
        }
        assert!(matched > 0);
    }

    #[test]
    fn names_round_trip() {
        for s in Specialty::ALL {
            assert_eq!(Specialty::parse(s.as_str()), Some(*s));
        }
        assert_eq!(MediatorKind::parse("people-mediator"), Some(MediatorKind::PeopleMediator));
        assert_eq!(MediationStatus::Dispatch.as_str(), "dispatch");
    }
}
