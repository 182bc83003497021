//! The culture bank's published list, `content/culture-bank/rules.toml`:
//! earning and deduction items with their points, the goods, and each
//! village's shop. Checked at start-up against the unit tree, so a bad edit
//! stops the server with a message naming the item.

use crate::units::{Level, Units};
use domain::{
    bank::{Offer, RuleCategory, RuleItem, Rules},
    Lang,
};
use serde::Deserialize;
use std::{collections::HashSet, path::Path};

#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    #[error("{0}: {1}")]
    Read(String, #[source] std::io::Error),
    #[error("{0}: {1}")]
    Parse(String, String),
    #[error("content/culture-bank/rules.toml: {0}")]
    Invalid(String),
}

/// A name in the three languages.
#[derive(Clone, Debug, Deserialize)]
pub struct Names {
    zh: String,
    bo: String,
    ii: String,
}

impl Names {
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.zh, &self.bo, &self.ii)
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    #[serde(flatten)]
    pub name: Names,
    pub points: i64,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    #[serde(flatten)]
    pub name: Names,
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Good {
    pub id: String,
    #[serde(flatten)]
    pub name: Names,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShopItem {
    pub good: String,
    pub points: i64,
    /// The stock when the shop first opens in the portal.
    pub stock: i64,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shop {
    pub village: String,
    pub goods: Vec<ShopItem>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BankRules {
    #[allow(dead_code)] // Read by editors: whether bo/ii were reviewed.
    status: String,
    /// Credited for an attended volunteer police shift.
    pub patrol_item: String,
    /// Credited to each member of a volunteer team's finished task.
    pub team_task_item: String,
    pub earn: Vec<Category>,
    pub deduct: Vec<Category>,
    pub good: Vec<Good>,
    pub shop: Vec<Shop>,
}

/// An item of either list, found by id.
pub struct Found<'a> {
    pub item: &'a Item,
    /// Whether it earns (else it deducts).
    pub earns: bool,
}

impl BankRules {
    pub fn load(path: &Path, units: &Units) -> Result<BankRules, RulesError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| RulesError::Read(name.clone(), e))?;
        let rules: BankRules = toml::from_str(&text).map_err(|e| RulesError::Parse(name, e.to_string()))?;
        rules.check(units)?;
        Ok(rules)
    }

    fn check(&self, units: &Units) -> Result<(), RulesError> {
        let bad = |what: String| Err(RulesError::Invalid(what));
        let mut ids = HashSet::new();
        for category in self.earn.iter().chain(&self.deduct) {
            if category.items.is_empty() {
                return bad(format!("category {:?} has no items", category.id));
            }
            for item in &category.items {
                if !ids.insert(item.id.as_str()) {
                    return bad(format!("item {:?} appears twice", item.id));
                }
                if !(1..=1000).contains(&item.points) {
                    return bad(format!("item {:?}: points must be 1 to 1000", item.id));
                }
            }
        }
        for special in [&self.patrol_item, &self.team_task_item] {
            if !self.earn.iter().flat_map(|c| &c.items).any(|i| &i.id == special) {
                return bad(format!("{special:?} (patrol_item or team_task_item) is not an earning item"));
            }
        }
        let goods: HashSet<&str> = self.good.iter().map(|g| g.id.as_str()).collect();
        if goods.len() != self.good.len() {
            return bad("a good appears twice".into());
        }
        let mut villages = HashSet::new();
        for shop in &self.shop {
            if units.get(&shop.village).is_none_or(|u| u.level != Level::Village) {
                return bad(format!("shop {:?} is not a village of content/units.toml", shop.village));
            }
            if !villages.insert(shop.village.as_str()) {
                return bad(format!("village {:?} has two shops", shop.village));
            }
            for offer in &shop.goods {
                if !goods.contains(offer.good.as_str()) {
                    return bad(format!("shop {:?}: good {:?} is not in the [[good]] list", shop.village, offer.good));
                }
                if offer.points < 1 || offer.stock < 0 {
                    return bad(format!(
                        "shop {:?}, good {:?}: points at least 1, stock not negative",
                        shop.village, offer.good
                    ));
                }
            }
        }
        Ok(())
    }

    pub fn item(&self, id: &str) -> Option<Found<'_>> {
        fn find<'a>(list: &'a [Category], id: &str) -> Option<&'a Item> {
            list.iter().flat_map(|c| &c.items).find(|i| i.id == id)
        }
        find(&self.earn, id)
            .map(|item| Found { item, earns: true })
            .or_else(|| find(&self.deduct, id).map(|item| Found { item, earns: false }))
    }

    pub fn good(&self, id: &str) -> Option<&Good> {
        self.good.iter().find(|g| g.id == id)
    }

    pub fn shop(&self, village: &str) -> &[ShopItem] {
        self.shop.iter().find(|s| s.village == village).map_or(&[], |s| &s.goods)
    }

    /// The name an entry shows for its item (a rule item or a good).
    pub fn entry_name(&self, item: &str, lang: Lang) -> String {
        self.item(item)
            .map(|f| f.item.name.get(lang))
            .or_else(|| self.good(item).map(|g| g.name.get(lang)))
            .unwrap_or(item)
            .to_owned()
    }

    /// The published list in `lang`.
    pub fn view(&self, lang: Lang) -> Rules {
        let list = |categories: &[Category]| {
            categories
                .iter()
                .map(|c| RuleCategory {
                    id: c.id.clone(),
                    name: c.name.get(lang).to_owned(),
                    items: c
                        .items
                        .iter()
                        .map(|i| RuleItem { id: i.id.clone(), name: i.name.get(lang).to_owned(), points: i.points })
                        .collect(),
                })
                .collect()
        };
        Rules { earn: list(&self.earn), deduct: list(&self.deduct) }
    }

    /// A village's shop in `lang`, with what is left of each good.
    pub fn offers(&self, village: &str, lang: Lang, left: impl Fn(&str) -> i64) -> Vec<Offer> {
        self.shop(village)
            .iter()
            .filter_map(|o| {
                let good = self.good(&o.good)?;
                Some(Offer {
                    id: o.good.clone(),
                    name: good.name.get(lang).to_owned(),
                    points: o.points,
                    stock: left(&o.good),
                })
            })
            .collect()
    }
}
