//! Routing (平台流转): which unit handles a report first, and by when.
//! The rules are data (`content/appeal/routing.toml`), so a county changes
//! them without a release.

use crate::{
    case::Timestamp,
    units::{Level, Units},
};
use serde::Deserialize;
use std::path::Path;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub category: String,
    pub level: Level,
    pub hours: u32,
    #[serde(default)]
    pub villages: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct RulesFile {
    rule: Vec<Rule>,
}

/// A category as the form offers it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub icon: String,
    pub zh: String,
    pub bo: String,
    pub ii: String,
}

impl Category {
    pub fn name(&self, lang: domain::Lang) -> &str {
        lang.pick(&self.zh, &self.bo, &self.ii)
    }
}

#[derive(Debug, Deserialize)]
struct CategoriesFile {
    category: Vec<Category>,
}

#[derive(Debug)]
pub struct Routing {
    pub categories: Vec<Category>,
    rules: Vec<Rule>,
}

/// Where a new report goes.
#[derive(Debug, PartialEq, Eq)]
pub struct Route {
    pub unit: String,
    pub hours: u32,
}

#[derive(Debug, thiserror::Error)]
#[error("{0}: {1}")]
pub struct RoutingError(String, String);

impl Routing {
    /// Loads `categories.toml` and `routing.toml` from `dir` and checks that
    /// every category has a general rule that finds a unit for every village.
    pub fn load(dir: &Path, units: &Units) -> Result<Routing, RoutingError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path).map_err(|e| RoutingError(path.display().to_string(), e.to_string()))
        };
        let categories: CategoriesFile = toml::from_str(&read("categories.toml")?)
            .map_err(|e| RoutingError("categories.toml".into(), e.to_string()))?;
        let rules: RulesFile =
            toml::from_str(&read("routing.toml")?).map_err(|e| RoutingError("routing.toml".into(), e.to_string()))?;
        let routing = Routing { categories: categories.category, rules: rules.rule };
        for category in &routing.categories {
            for village in units.of_level(Level::Village) {
                if routing.route(units, &category.id, &village.id).is_none() {
                    return Err(RoutingError(
                        "routing.toml".into(),
                        format!("no unit handles {:?} in {:?}", category.id, village.id),
                    ));
                }
            }
        }
        Ok(routing)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// The rule for this village if there is one, else the general rule.
    pub fn route(&self, units: &Units, category: &str, village: &str) -> Option<Route> {
        let rules = self.rules.iter().filter(|r| r.category == category);
        let rule = rules.clone().find(|r| r.villages.iter().any(|v| v == village)).or_else(|| {
            let mut general = rules.filter(|r| r.villages.is_empty());
            general.next()
        })?;
        let unit = units.for_village(village, rule.level)?;
        Some(Route { unit: unit.id.clone(), hours: rule.hours })
    }
}

pub fn due_at(created_at: Timestamp, hours: u32) -> Timestamp {
    created_at + i64::from(hours) * 3600
}

/// Overdue: past the deadline and not yet resolved.
pub fn is_overdue(due_at: Timestamp, resolved: bool, now: Timestamp) -> bool {
    !resolved && now > due_at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::tests::demo;

    fn routing() -> (Routing, Units) {
        let units = demo();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/appeal");
        (Routing::load(&dir, &units).unwrap(), units)
    }

    #[test]
    fn reports_go_to_the_level_the_rules_name() {
        let (routing, units) = routing();
        let r = |category: &str, village: &str| routing.route(&units, category, village).unwrap();
        assert_eq!(r("safety-hazard", "v-hegu"), Route { unit: "t-qingke".into(), hours: 24 });
        assert_eq!(r("drinking-water", "v-hegu"), Route { unit: "v-hegu".into(), hours: 72 });
        assert_eq!(r("legal-consultation", "v-huoba"), Route { unit: "t-yishan-judicial".into(), hours: 72 });
        assert_eq!(r("uncivil", "v-huoba"), Route { unit: "v-huoba-g1".into(), hours: 48 });
    }

    #[test]
    fn a_village_rule_wins_over_the_general_one() {
        let (routing, units) = routing();
        assert_eq!(
            routing.route(&units, "drinking-water", "v-caoyuan").unwrap(),
            Route { unit: "t-xuelian".into(), hours: 24 }
        );
    }

    #[test]
    fn unknown_categories_and_villages_have_no_route() {
        let (routing, units) = routing();
        assert_eq!(routing.route(&units, "weather", "v-hegu"), None);
        assert_eq!(routing.route(&units, "roads", "v-nowhere"), None);
    }

    #[test]
    fn deadlines_and_overdue() {
        let created = 1_700_000_000;
        let due = due_at(created, 24);
        assert_eq!(due - created, 86_400);
        assert!(!is_overdue(due, false, due), "due this second is not late");
        assert!(is_overdue(due, false, due + 1));
        assert!(!is_overdue(due, true, due + 1_000_000), "resolved is never overdue");
    }
}
