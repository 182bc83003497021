//! The tree of government units from `content/units.toml`: county, township
//! (with its judicial office and police station), village, grid. Appeals
//! are routed to units; staff see their unit and everything below it.

use domain::Lang;
use serde::Deserialize;
use std::{collections::HashMap, path::Path};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    County,
    Township,
    JudicialOffice,
    PoliceStation,
    Village,
    Grid,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub id: String,
    pub level: Level,
    pub parent: String,
    zh: String,
    bo: String,
    ii: String,
}

impl Unit {
    pub fn name(&self, lang: Lang) -> &str {
        lang.pick(&self.zh, &self.bo, &self.ii)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum UnitsError {
    #[error("{0}: {1}")]
    Read(String, #[source] std::io::Error),
    #[error("{0}: {1}")]
    Parse(String, String),
    #[error("content/units.toml: {0}")]
    Invalid(String),
}

#[derive(Deserialize)]
struct UnitsFile {
    unit: Vec<Unit>,
}

#[derive(Debug)]
pub struct Units {
    /// In file order, which is the order choices are shown in.
    list: Vec<Unit>,
    index: HashMap<String, usize>,
}

impl Units {
    pub fn load(path: &Path) -> Result<Units, UnitsError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| UnitsError::Read(name.clone(), e))?;
        let file: UnitsFile = toml::from_str(&text).map_err(|e| UnitsError::Parse(name, e.to_string()))?;
        Units::new(file.unit)
    }

    pub fn new(list: Vec<Unit>) -> Result<Units, UnitsError> {
        let mut index = HashMap::new();
        for (i, unit) in list.iter().enumerate() {
            if index.insert(unit.id.clone(), i).is_some() {
                return Err(UnitsError::Invalid(format!("unit {:?} appears twice", unit.id)));
            }
        }
        let units = Units { list, index };
        let roots = units.list.iter().filter(|u| u.parent.is_empty()).count();
        if roots != 1 {
            return Err(UnitsError::Invalid(format!("{roots} units have no parent; exactly one (the county) must")));
        }
        for unit in &units.list {
            if !unit.parent.is_empty() && units.get(&unit.parent).is_none() {
                return Err(UnitsError::Invalid(format!("unit {:?} names unknown parent {:?}", unit.id, unit.parent)));
            }
            if units.ancestors(&unit.id).count() > units.list.len() {
                return Err(UnitsError::Invalid(format!("unit {:?} is its own ancestor", unit.id)));
            }
        }
        Ok(units)
    }

    pub fn get(&self, id: &str) -> Option<&Unit> {
        self.index.get(id).map(|&i| &self.list[i])
    }

    pub fn children(&self, id: &str) -> impl Iterator<Item = &Unit> {
        let id = id.to_owned();
        self.list.iter().filter(move |u| u.parent == id)
    }

    pub fn of_level(&self, level: Level) -> impl Iterator<Item = &Unit> {
        self.list.iter().filter(move |u| u.level == level)
    }

    /// The unit itself, then its parent, up to the county (bounded, so a
    /// cycle in the file cannot hang the caller).
    pub fn ancestors<'a>(&'a self, id: &str) -> impl Iterator<Item = &'a Unit> + 'a {
        let mut next = self.get(id);
        let mut steps = 0;
        std::iter::from_fn(move || {
            let unit = next?;
            steps += 1;
            next = if steps > self.list.len() { None } else { self.get(&unit.parent) };
            Some(unit)
        })
    }

    /// Whether `unit` is `ancestor` or lies below it: what a staff member of
    /// `ancestor` may see.
    pub fn is_within(&self, unit: &str, ancestor: &str) -> bool {
        self.ancestors(unit).any(|u| u.id == ancestor)
    }

    /// `ancestor` and every unit below it.
    pub fn within<'a>(&'a self, ancestor: &'a str) -> impl Iterator<Item = &'a Unit> + 'a {
        self.list.iter().filter(move |u| self.is_within(&u.id, ancestor))
    }

    /// The closest unit at `level` for a village: up the tree for county and
    /// township, beside the township for its offices, the first grid below.
    pub fn for_village(&self, village: &str, level: Level) -> Option<&Unit> {
        let township = self.ancestors(village).find(|u| u.level == Level::Township);
        match level {
            Level::Village | Level::Township | Level::County => self.ancestors(village).find(|u| u.level == level),
            Level::JudicialOffice | Level::PoliceStation => {
                township.and_then(|t| self.children(&t.id).find(|u| u.level == level))
            }
            Level::Grid => self.children(village).find(|u| u.level == Level::Grid),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn demo() -> Units {
        Units::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/units.toml")).unwrap()
    }

    #[test]
    fn the_demo_county_is_a_tree() {
        let units = demo();
        assert!(units.of_level(Level::Township).count() >= 4);
        assert!(units.of_level(Level::Village).count() >= 12);
        assert!(units.is_within("v-caoyuan-g1", "county"));
        assert!(units.is_within("v-caoyuan", "t-xuelian"));
        assert!(!units.is_within("v-caoyuan", "t-qingke"));
        assert!(!units.is_within("t-xuelian", "v-caoyuan"), "a township is not inside its village");
    }

    #[test]
    fn levels_are_found_from_a_village() {
        let units = demo();
        assert_eq!(units.for_village("v-caoyuan", Level::Township).unwrap().id, "t-xuelian");
        assert_eq!(units.for_village("v-caoyuan", Level::JudicialOffice).unwrap().id, "t-xuelian-judicial");
        assert_eq!(units.for_village("v-caoyuan", Level::Grid).unwrap().id, "v-caoyuan-g1");
        assert_eq!(units.for_village("v-caoyuan", Level::County).unwrap().id, "county");
        assert_eq!(units.for_village("v-caoyuan", Level::Village).unwrap().id, "v-caoyuan");
    }

    #[test]
    fn broken_trees_are_refused() {
        let unit = |id: &str, parent: &str| Unit {
            id: id.into(),
            level: Level::Village,
            parent: parent.into(),
            zh: id.into(),
            bo: String::new(),
            ii: String::new(),
        };
        assert!(Units::new(vec![unit("a", ""), unit("a", "")]).is_err());
        assert!(Units::new(vec![unit("a", ""), unit("b", "nowhere")]).is_err());
        assert!(Units::new(vec![unit("a", ""), unit("b", "c"), unit("c", "b")]).is_err(), "a cycle");
    }
}
