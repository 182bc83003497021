//! Which mediators the office should consider first when it assigns one
//! (派单): never one either side recused; the dispute's specialty counts
//! most, then serving the case's township, then speaking the language the
//! request was written in.

use super::{is_recused, Choices, Specialty};
use crate::Lang;

/// What a case asks of a mediator.
pub struct Needs<'a> {
    pub dispute: Specialty,
    pub township: Option<&'a str>,
    pub lang: Lang,
    pub a: &'a Choices,
    pub b: &'a Choices,
}

/// What a mediator on the board offers.
pub struct Candidate<'a> {
    pub id: &'a str,
    pub specialties: &'a [Specialty],
    pub townships: &'a [String],
    pub languages: &'a [Lang],
}

impl Candidate<'_> {
    fn fit(&self, needs: &Needs) -> u8 {
        let mut score = 0;
        if self.specialties.contains(&needs.dispute) {
            score += 4;
        }
        if needs.township.is_some_and(|t| self.townships.iter().any(|s| s == t)) {
            score += 2;
        }
        if self.languages.contains(&needs.lang) {
            score += 1;
        }
        score
    }
}

/// The ids of the candidates that may be assigned, best fit first; equals
/// keep the board's order.
pub fn rank<'a>(needs: &Needs, candidates: impl IntoIterator<Item = Candidate<'a>>) -> Vec<&'a str> {
    let mut allowed: Vec<(u8, &str)> =
        candidates.into_iter().filter(|c| !is_recused(c.id, needs.a, needs.b)).map(|c| (c.fit(needs), c.id)).collect();
    allowed.sort_by_key(|(fit, _)| std::cmp::Reverse(*fit));
    allowed.into_iter().map(|(_, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_specialty_counts_most_and_recused_mediators_never_appear() {
        let a = Choices { picks: vec![], recused: vec!["m-recused".into()] };
        let b = Choices::default();
        let needs = Needs { dispute: Specialty::Land, township: Some("t-qingke"), lang: Lang::Bo, a: &a, b: &b };
        let here = vec!["t-qingke".to_owned()];
        let elsewhere = vec!["t-xuelian".to_owned()];
        let candidates = [
            Candidate { id: "m-near-bo", specialties: &[Specialty::Family], townships: &here, languages: &[Lang::Bo] },
            Candidate { id: "m-recused", specialties: &[Specialty::Land], townships: &here, languages: &[Lang::Bo] },
            Candidate { id: "m-land-far", specialties: &[Specialty::Land], townships: &elsewhere, languages: &[] },
            Candidate { id: "m-none", specialties: &[], townships: &elsewhere, languages: &[] },
            Candidate { id: "m-land-near", specialties: &[Specialty::Land], townships: &here, languages: &[] },
        ];
        assert_eq!(rank(&needs, candidates), ["m-land-near", "m-land-far", "m-near-bo", "m-none"]);
    }
}
