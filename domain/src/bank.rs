//! The culture bank (文化银行): a household's points account, kept by its
//! village. Actions earn points and misconduct costs points by the
//! village's published rules; points buy goods in the village's shop.
//! What residents, staff and the API see, and the checks both sides share.

use serde::{Deserialize, Serialize};

/// A household's name as the village knows it ("扎西家").
pub const HOUSEHOLD_MAX_CHARS: usize = 50;
/// The members, as written on the card.
pub const MEMBERS_MAX_CHARS: usize = 200;
/// A staff member's note on an entry.
pub const NOTE_MAX_CHARS: usize = 200;
/// How many households the honour board of a village shows.
pub const HONOUR_BOARD_SIZE: usize = 10;
/// A village's monthly totals are shown only with at least this many
/// accounts, so that a small village's figures do not describe one family.
pub const TOTALS_MIN_ACCOUNTS: i64 = 5;

named_enum! {
    /// What an entry of the ledger is.
    EntryKind {
        /// Points for an action of the rules' earning list.
        Earn = "earn",
        /// Points taken for an item of the deduction list.
        Deduct = "deduct",
        /// Goods taken from the village's shop.
        Redeem = "redeem",
    }
}

/// One rule of the list, with its name in the reader's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RuleItem {
    pub id: String,
    pub name: String,
    /// Always positive: an earning item adds it, a deduction item takes it.
    pub points: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RuleCategory {
    pub id: String,
    pub name: String,
    pub items: Vec<RuleItem>,
}

/// `GET /api/bank/rules`: the published list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rules {
    pub earn: Vec<RuleCategory>,
    pub deduct: Vec<RuleCategory>,
}

/// One good of a village's shop.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Offer {
    pub id: String,
    pub name: String,
    pub points: i64,
    /// How many are left.
    pub stock: i64,
}

/// One line of the ledger, newest first on the account's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Entry {
    /// From 1, in the order written.
    pub seq: i64,
    pub at: i64,
    pub kind: EntryKind,
    /// The rule item's or the good's name, in the reader's language.
    pub item: String,
    /// Signed: what the entry did to the balance.
    pub points: i64,
    pub note: Option<String>,
    /// The entry this one corrects (a reversal), if any.
    pub reverses: Option<i64>,
    /// Whether a later entry reversed this one.
    pub reversed: bool,
}

/// A household's account as the household (with its code) and its
/// village's staff see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Account {
    pub account_no: String,
    pub household: String,
    pub members: String,
    pub village: String,
    pub village_name: String,
    /// The sum of every entry.
    pub balance: i64,
    /// Whether the household appears on the village's honour board.
    pub honour: bool,
    pub entries: Vec<Entry>,
    /// The village's shop.
    pub shop: Vec<Offer>,
}

/// A household on a village's honour board: points earned this year,
/// less deductions (spending in the shop does not lower it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Honoured {
    pub household: String,
    pub points: i64,
}

/// A village on the public page: its honour board and this month's totals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VillageBoard {
    pub village: String,
    pub village_name: String,
    pub accounts: i64,
    pub honour: Vec<Honoured>,
    /// This month's points, `None` below [`TOTALS_MIN_ACCOUNTS`] accounts.
    pub month: Option<MonthTotals>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthTotals {
    pub earned: i64,
    pub deducted: i64,
    pub redeemed: i64,
}

/// `GET /api/bank/boards`: every village with accounts, by the month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Boards {
    /// `YYYY-MM`, China time.
    pub month: String,
    pub year: i32,
    pub villages: Vec<VillageBoard>,
}

/// A household asks for a good from its village's shop.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Redemption {
    #[serde(default)]
    pub lang: crate::Lang,
    pub code: String,
    pub good: String,
    /// A retry with the same key takes the good once.
    pub idempotency_key: String,
}

/// The staff's form that opens an account.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NewAccount {
    pub village: String,
    pub household: String,
    pub members: String,
    pub honour: bool,
    pub idempotency_key: String,
}

impl NewAccount {
    /// Message ids of what is wrong, empty when it may be stored.
    pub fn problems(&self) -> Vec<&'static str> {
        let mut problems = Vec::new();
        let household = self.household.trim().chars().count();
        if household == 0 || household > HOUSEHOLD_MAX_CHARS {
            problems.push("bank-error-household");
        }
        if self.members.trim().chars().count() > MEMBERS_MAX_CHARS {
            problems.push("bank-error-members");
        }
        if !crate::form::is_idempotency_key(&self.idempotency_key) {
            problems.push("error-bad-request");
        }
        problems
    }
}

/// A note is optional and short.
pub fn note_is_valid(note: &str) -> bool {
    note.trim().chars().count() <= NOTE_MAX_CHARS
}

/// The account's card, for staff to print: the number, the code, and the
/// address the QR code opens.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Card {
    pub account_no: String,
    pub access_code: String,
    /// Path of the household's page, in the household's language.
    pub path: String,
}

/// The console's page of one account.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffAccount {
    pub account: Account,
    pub card: Card,
    pub earn: Vec<RuleCategory>,
    pub deduct: Vec<RuleCategory>,
}

/// The console's list of a user's accounts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountLine {
    pub account_no: String,
    pub household: String,
    pub village_name: String,
    pub balance: i64,
}

/// The console's culture bank page: the accounts of the user's villages
/// and the form that opens one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BankDesk {
    pub accounts: Vec<AccountLine>,
    pub villages: Vec<crate::appeal::Choice>,
    pub idempotency_key: String,
    /// Each village's shop with what is left, to restock (入库).
    pub shops: Vec<(crate::appeal::Choice, Vec<Offer>)>,
}

/// At most this many of a good are added to a shop at once.
pub const RESTOCK_MAX: i64 = 1000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_household_needs_a_name_of_reasonable_length() {
        let ok = NewAccount {
            village: "v".into(),
            household: "扎西家".into(),
            members: "扎西、卓玛".into(),
            honour: true,
            idempotency_key: "bank-0123456789abcdef".into(),
        };
        assert!(ok.problems().is_empty(), "{:?}", ok.problems());
        let empty = NewAccount { household: "  ".into(), ..ok.clone() };
        assert_eq!(empty.problems(), ["bank-error-household"]);
        let long = NewAccount { members: "人".repeat(MEMBERS_MAX_CHARS + 1), ..ok };
        assert_eq!(long.problems(), ["bank-error-members"]);
    }
}
