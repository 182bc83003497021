//! The public board of mediators, from `content/mediator/mediators.toml`,
//! and the rules of `content/mediator/rules.toml`. Both are checked at
//! start-up against the unit tree, so a bad edit stops the server with a
//! message naming the mediator.

use crate::units::{Level, Units};
use domain::{
    mediator::{DirectoryFilter, MediatorCard, MediatorKind, MediatorProfile, Specialty},
    Lang,
};
use serde::Deserialize;
use std::{collections::HashMap, path::Path, sync::Arc};

#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    #[error("{0}: {1}")]
    Read(String, #[source] std::io::Error),
    #[error("{0}: {1}")]
    Parse(String, String),
    #[error("content/mediator: mediator {0:?}: {1}")]
    Invalid(String, String),
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mediator {
    pub id: String,
    kind: String,
    specialties: Vec<String>,
    languages: Vec<String>,
    pub townships: Vec<String>,
    #[serde(default)]
    villages: Vec<String>,
    /// The unit that arranges this mediator's sessions.
    pub unit: String,
    pub office: String,
    zh: String,
    #[serde(default)]
    bo: String,
    #[serde(default)]
    ii: String,
    bio_zh: String,
    #[serde(default)]
    bio_bo: String,
    #[serde(default)]
    bio_ii: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MediatorsFile {
    #[allow(dead_code)] // Read by editors: says whether bo/ii were reviewed.
    translation: String,
    mediator: Vec<Mediator>,
}

/// How long the other side has to answer, and which office assigns a
/// mediator for which kind of dispute.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    pub answer_days: u32,
    /// Dispute types the police station assigns; the judicial office
    /// assigns all others.
    pub police_station_for: Vec<String>,
}

/// A mediator with the checked, typed facts.
#[derive(Clone, Debug)]
pub struct Entry {
    pub raw: Mediator,
    pub kind: MediatorKind,
    pub specialties: Vec<Specialty>,
    pub languages: Vec<Lang>,
    /// Every village served (the townships' villages when none are listed).
    pub villages: Vec<String>,
}

impl Entry {
    pub fn name(&self, lang: Lang) -> &str {
        lang.pick(&self.raw.zh, &self.raw.bo, &self.raw.ii)
    }

    pub fn serves_township(&self, township: &str) -> bool {
        self.raw.townships.iter().any(|t| t == township)
    }
}

/// Ratings and cases per mediator, from the database.
#[derive(Clone, Copy, Debug, Default)]
pub struct Record {
    pub stars_sum: i64,
    pub ratings: u32,
    pub cases: u32,
}

pub struct Directory {
    list: Vec<Entry>,
    index: HashMap<String, usize>,
    pub rules: Rules,
    units: Arc<Units>,
}

impl Directory {
    pub fn load(dir: &Path, units: Arc<Units>) -> Result<Directory, DirectoryError> {
        let file: MediatorsFile = read_toml(&dir.join("mediators.toml"))?;
        let rules: Rules = read_toml(&dir.join("rules.toml"))?;
        for kind in &rules.police_station_for {
            Specialty::parse(kind).ok_or_else(|| {
                DirectoryError::Invalid("rules.toml".into(), format!("unknown dispute type {kind:?}"))
            })?;
        }
        Directory::new(file.mediator, rules, units)
    }

    pub fn new(raw: Vec<Mediator>, rules: Rules, units: Arc<Units>) -> Result<Directory, DirectoryError> {
        let mut list = Vec::new();
        let mut index = HashMap::new();
        for m in raw {
            let entry = check(m, &units)?;
            if index.insert(entry.raw.id.clone(), list.len()).is_some() {
                return Err(DirectoryError::Invalid(entry.raw.id, "appears twice".into()));
            }
            list.push(entry);
        }
        Ok(Directory { list, index, rules, units })
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.index.get(id).map(|&i| &self.list[i])
    }

    pub fn entries(&self) -> &[Entry] {
        &self.list
    }

    /// The board's filters; an unknown township matches nobody.
    pub fn matching<'a>(&'a self, filter: &'a DirectoryFilter) -> impl Iterator<Item = &'a Entry> + 'a {
        self.list.iter().filter(move |e| {
            filter.specialty.is_none_or(|s| e.specialties.contains(&s))
                && filter.township.as_deref().is_none_or(|t| e.serves_township(t))
                && filter.language.is_none_or(|l| e.languages.contains(&l))
                && filter.kind.is_none_or(|k| e.kind == k)
        })
    }

    pub fn card(&self, entry: &Entry, lang: Lang, record: Record) -> MediatorCard {
        let name = entry.name(lang).to_owned();
        let colour = entry.raw.id.bytes().fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b))) % 8;
        MediatorCard {
            id: entry.raw.id.clone(),
            initials: initials(&name),
            name,
            colour: colour as u8,
            kind: entry.kind,
            specialties: entry.specialties.clone(),
            languages: entry.languages.clone(),
            townships: entry.raw.townships.iter().map(|t| self.unit_name(t, lang)).collect(),
            rating: (record.ratings > 0).then(|| record.stars_sum as f32 / record.ratings as f32),
            ratings: record.ratings,
            cases: record.cases,
        }
    }

    pub fn profile(&self, entry: &Entry, lang: Lang, record: Record) -> MediatorProfile {
        let raw = &entry.raw;
        MediatorProfile {
            card: self.card(entry, lang, record),
            bio: lang.pick(&raw.bio_zh, &raw.bio_bo, &raw.bio_ii).to_owned(),
            office: raw.office.clone(),
            unit: self.unit_name(&raw.unit, lang),
            villages: entry.villages.iter().map(|v| self.unit_name(v, lang)).collect(),
        }
    }

    pub fn unit_name(&self, id: &str, lang: Lang) -> String {
        self.units.get(id).map_or_else(|| id.to_owned(), |u| u.name(lang).to_owned())
    }

    pub fn township_of(&self, village: &str) -> Option<String> {
        self.units.for_village(village, Level::Township).map(|u| u.id.clone())
    }

    pub fn is_within(&self, unit: &str, ancestor: &str) -> bool {
        self.units.is_within(unit, ancestor)
    }

    /// The office of the village's township that assigns a mediator for
    /// this kind of dispute (派单).
    pub fn dispatch_unit(&self, village: &str, dispute: Specialty) -> Option<String> {
        let level = if self.rules.police_station_for.iter().any(|k| k == dispute.as_str()) {
            Level::PoliceStation
        } else {
            Level::JudicialOffice
        };
        self.units.for_village(village, level).map(|u| u.id.clone())
    }
}

/// The avatar's letters: the first syllable or character of the name in
/// the reader's script (Chinese family names, Tibetan and Yi syllables).
fn initials(name: &str) -> String {
    let first = name.split(['་', ' ', '·']).find(|s| !s.is_empty()).unwrap_or(name);
    // A Tibetan syllable is a stack of letters and vowel signs; keep it whole.
    if first.chars().next().is_some_and(|c| ('\u{0F00}'..='\u{0FFF}').contains(&c)) {
        return first.chars().take_while(|c| *c != '།').collect();
    }
    first.chars().take(1).collect()
}

fn read_toml<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, DirectoryError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| DirectoryError::Read(name.clone(), e))?;
    toml::from_str(&text).map_err(|e| DirectoryError::Parse(name, e.to_string()))
}

fn check(m: Mediator, units: &Units) -> Result<Entry, DirectoryError> {
    let bad = |why: String| DirectoryError::Invalid(m.id.clone(), why);
    if m.id.is_empty() || !m.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
        return Err(bad("ids are lowercase letters, digits and dashes".into()));
    }
    let kind = MediatorKind::parse(&m.kind).ok_or_else(|| bad(format!("unknown kind {:?}", m.kind)))?;
    let specialties = m
        .specialties
        .iter()
        .map(|s| Specialty::parse(s).ok_or_else(|| bad(format!("unknown specialty {s:?}"))))
        .collect::<Result<Vec<_>, _>>()?;
    let languages = m
        .languages
        .iter()
        .map(|l| l.parse::<Lang>().map_err(|_| bad(format!("unknown language {l:?}"))))
        .collect::<Result<Vec<_>, _>>()?;
    if specialties.is_empty() || languages.is_empty() || m.townships.is_empty() {
        return Err(bad("needs at least one specialty, language and township".into()));
    }
    for t in &m.townships {
        if units.get(t).is_none_or(|u| u.level != Level::Township) {
            return Err(bad(format!("{t:?} is not a township in units.toml")));
        }
    }
    let in_townships = |v: &str| units.ancestors(v).any(|u| m.townships.contains(&u.id));
    for v in &m.villages {
        if units.get(v).is_none_or(|u| u.level != Level::Village) || !in_townships(v) {
            return Err(bad(format!("{v:?} is not a village of the mediator's townships")));
        }
    }
    let arranging = units.get(&m.unit).ok_or_else(|| bad(format!("unknown unit {:?}", m.unit)))?;
    if !matches!(arranging.level, Level::JudicialOffice | Level::PoliceStation | Level::County) {
        return Err(bad("the arranging unit must be a judicial office, a police station or the county".into()));
    }
    // An office number only: a mobile number here would be a private one.
    let digits: String = m.office.chars().filter(char::is_ascii_digit).collect();
    if m.office.trim().is_empty() || (digits.len() == 11 && digits.starts_with('1')) {
        return Err(bad("the office contact must be an office landline, never a mobile".into()));
    }
    if m.zh.trim().is_empty() || m.bio_zh.trim().is_empty() {
        return Err(bad("needs a Chinese name and bio".into()));
    }
    let villages = if m.villages.is_empty() {
        m.townships
            .iter()
            .flat_map(|t| units.children(t).filter(|u| u.level == Level::Village))
            .map(|u| u.id.clone())
            .collect()
    } else {
        m.villages.clone()
    };
    Ok(Entry { raw: m, kind, specialties, languages, villages })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_take_the_first_syllable() {
        assert_eq!(initials("次仁多吉"), "次");
        assert_eq!(initials("ཚེ་རིང་རྡོ་རྗེ།"), "ཚེ");
        assert_eq!(initials("ꀉꁌꃀꑳ"), "ꀉ");
    }

    #[test]
    fn the_demo_board_loads_and_filters() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let units = Arc::new(Units::load(&root.join("units.toml")).unwrap());
        let directory = Directory::load(&root.join("mediator"), units).unwrap();
        assert!(directory.entries().len() >= 20);
        let townships: std::collections::HashSet<_> =
            directory.entries().iter().flat_map(|e| e.raw.townships.clone()).collect();
        assert!(townships.len() >= 4);
        let filter = DirectoryFilter {
            specialty: Some(Specialty::Neighbour),
            township: Some("t-qingke".into()),
            ..Default::default()
        };
        let found: Vec<_> = directory.matching(&filter).collect();
        assert!(found.len() > 1);
        assert!(found.iter().all(|e| e.specialties.contains(&Specialty::Neighbour) && e.serves_township("t-qingke")));
        let nobody = DirectoryFilter { township: Some("t-nowhere".into()), ..Default::default() };
        assert_eq!(directory.matching(&nobody).count(), 0);
        assert_eq!(directory.dispatch_unit("v-hegu", Specialty::Traffic).as_deref(), Some("t-qingke-police"));
        assert_eq!(directory.dispatch_unit("v-hegu", Specialty::Land).as_deref(), Some("t-qingke-judicial"));
    }
}
