//! Accounts and their ledger. Every write to a ledger first raises the
//! account's entry count, which locks the account row (PostgreSQL) or takes
//! the write lock before anything is read (SQLite): two redemptions at once
//! are checked against the balance one after the other, so the balance
//! never goes below zero by spending.

use super::rules::BankRules;
use crate::{
    case::{
        codes::{random_tracking_no, request_hash, same, stored_hash_is, Secret},
        store::{is_unique_violation, Tx},
        Timestamp,
    },
    db::{Db, ExecuteInTurn},
    units::{Level, Units},
};
use domain::{
    appeal::{AccessCode, TrackingNo},
    bank::{
        Account, AccountLine, Boards, Card, Entry, EntryKind, Honoured, MonthTotals, NewAccount, VillageBoard,
        HONOUR_BOARD_SIZE, TOTALS_MIN_ACCOUNTS,
    },
    paths,
    stats::Month,
    Lang,
};
use std::{collections::HashMap, sync::Arc};

#[derive(Debug, thiserror::Error)]
pub enum BankError {
    /// Message ids of what to fix.
    #[error("the request has problems: {0:?}")]
    Invalid(Vec<&'static str>),
    #[error("this idempotency key was used for a different request")]
    KeyReused,
    /// A wrong number and a wrong code look the same from outside.
    #[error("no account with this number and code")]
    NotFound,
    #[error("not enough points")]
    NotEnough,
    #[error("none left in the shop")]
    OutOfStock,
    #[error("this entry cannot be reversed (again)")]
    NotReversible,
    /// Five numbers drawn were all taken: not expected in a lifetime.
    #[error("no free account number")]
    NoNumber,
    /// Too many wrong codes from this client (`case/guard.rs`).
    #[error("too many wrong tries")]
    Busy(std::time::Duration),
    #[error("database")]
    Database(#[from] sqlx::Error),
}

pub struct Bank {
    db: Db,
    pub rules: Arc<BankRules>,
    units: Arc<Units>,
    secret: Secret,
}

#[derive(sqlx::FromRow)]
struct AccountRow {
    account_no: String,
    village: String,
    household: String,
    members: String,
    honour: i64,
}

#[derive(sqlx::FromRow)]
struct EntryRow {
    seq: i64,
    at: i64,
    kind: String,
    item: String,
    points: i64,
    note: Option<String>,
    reverses: Option<i64>,
}

impl Bank {
    pub fn new(db: Db, rules: Arc<BankRules>, units: Arc<Units>, secret: Secret) -> Bank {
        Bank { db, rules, units, secret }
    }

    /// Puts each shop's starting stock in place for goods not seen before;
    /// what is left of goods already stocked stays as it is.
    pub async fn stock_shops(&self) -> Result<(), sqlx::Error> {
        for shop in &self.rules.shop {
            for offer in &shop.goods {
                sqlx::query(
                    "INSERT INTO bank_stock (village, good, remaining) VALUES ($1, $2, $3) \
                     ON CONFLICT (village, good) DO NOTHING",
                )
                .bind(&shop.village)
                .bind(&offer.good)
                .bind(offer.stock)
                .execute(&self.db)
                .await?;
            }
        }
        Ok(())
    }

    /// Demo households (`content/culture-bank/demo.toml`) for `make run`,
    /// opened when there is no account yet. Demo data only.
    pub async fn seed_demo(&self, file: &std::path::Path, at: Timestamp) -> Result<(), BankError> {
        #[derive(serde::Deserialize)]
        struct DemoFile {
            household: Vec<Demo>,
        }
        #[derive(serde::Deserialize)]
        struct Demo {
            key: String,
            name: String,
            members: String,
            honour: bool,
            items: Vec<String>,
        }
        let any: Option<String> =
            sqlx::query_scalar("SELECT account_no FROM bank_accounts LIMIT 1").fetch_optional(&self.db).await?;
        let text = std::fs::read_to_string(file).unwrap_or_default();
        let Ok(demo) = toml::from_str::<DemoFile>(&text) else { return Err(BankError::Invalid(vec!["demo.toml"])) };
        if any.is_some() {
            return Ok(());
        }
        for household in demo.household {
            let new = NewAccount {
                village: "v-hegu".into(),
                household: household.name,
                members: household.members,
                honour: household.honour,
                idempotency_key: household.key,
            };
            let (no, _) = self.open(&new, Lang::Zh, "hegu", at).await?;
            for item in &household.items {
                self.record(&no, item, None, "hegu", None, at).await?;
            }
        }
        tracing::warn!("demo culture bank households created; never use them in production");
        Ok(())
    }

    fn code_for(&self, key: &str) -> AccessCode {
        // Apart from appeals' and mediations' codes for the same key.
        self.secret.access_code(&format!("bank:{key}"))
    }

    /// Opens a household's account (or returns the one opened with the
    /// same idempotency key, `false` then).
    pub async fn open(
        &self,
        new: &NewAccount,
        lang: Lang,
        staff: &str,
        at: Timestamp,
    ) -> Result<(TrackingNo, bool), BankError> {
        let mut problems = new.problems();
        if self.units.get(&new.village).is_none_or(|u| u.level != Level::Village) {
            problems.push("appeal-error-village");
        }
        if !problems.is_empty() {
            return Err(BankError::Invalid(problems));
        }
        let (household, members) = (new.household.trim(), new.members.trim());
        let fingerprint =
            request_hash(&serde_json::json!([new.village, household, members, new.honour, lang.slug()]).to_string());
        if let Some(no) = self.by_key(&new.idempotency_key, &fingerprint).await? {
            return Ok((no, false));
        }
        let code = self.code_for(&new.idempotency_key);
        for _ in 0..5 {
            let no = random_tracking_no();
            let inserted = sqlx::query(
                "INSERT INTO bank_accounts (account_no, code_hash, idempotency_key, request_hash, lang, village, \
                 household, members, honour, opened_by, opened_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            )
            .bind(no.as_str())
            .bind(self.secret.code_hash(&no, &code))
            .bind(&new.idempotency_key)
            .bind(&fingerprint)
            .bind(lang.slug())
            .bind(&new.village)
            .bind(household)
            .bind(members)
            .bind(i64::from(new.honour))
            .bind(staff)
            .bind(at)
            .execute_in_turn(&self.db)
            .await;
            match inserted {
                Ok(_) => return Ok((no, true)),
                // The same key sent twice at once, or a number taken.
                Err(e) if is_unique_violation(&e) => {
                    if let Some(no) = self.by_key(&new.idempotency_key, &fingerprint).await? {
                        return Ok((no, false));
                    }
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(BankError::NoNumber)
    }

    async fn by_key(&self, key: &str, fingerprint: &str) -> Result<Option<TrackingNo>, BankError> {
        let row: Option<(String, String)> =
            sqlx::query_as("SELECT account_no, request_hash FROM bank_accounts WHERE idempotency_key = $1")
                .bind(key)
                .fetch_optional(&self.db)
                .await?;
        match row {
            None => Ok(None),
            Some((_, hash)) if !same(&hash, fingerprint) => Err(BankError::KeyReused),
            Some((no, _)) => Ok(TrackingNo::parse(&no)),
        }
    }

    /// The household's number and code.
    pub async fn authorise(&self, no: &str, code: &str) -> Result<TrackingNo, BankError> {
        let (Some(no), Some(code)) = (TrackingNo::parse(no), AccessCode::parse(code)) else {
            return Err(BankError::NotFound);
        };
        let expected = self.secret.code_hash(&no, &code);
        let query = "SELECT code_hash FROM bank_accounts WHERE account_no = $1";
        if stored_hash_is(&self.db, query, &no, &expected).await? {
            Ok(no)
        } else {
            Err(BankError::NotFound)
        }
    }

    /// The village an account belongs to (`None`: no such account).
    pub async fn village_of(&self, no: &TrackingNo) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT village FROM bank_accounts WHERE account_no = $1")
            .bind(no.as_str())
            .fetch_optional(&self.db)
            .await
    }

    /// The card staff print for the household: the code is derived again
    /// from the key it was made with (the database keeps only its hash).
    pub async fn card(&self, no: &TrackingNo) -> Result<Card, BankError> {
        let (key, lang): (String, String) =
            sqlx::query_as("SELECT idempotency_key, lang FROM bank_accounts WHERE account_no = $1")
                .bind(no.as_str())
                .fetch_optional(&self.db)
                .await?
                .ok_or(BankError::NotFound)?;
        let code = self.code_for(&key);
        let lang: Lang = lang.parse().unwrap_or_default();
        Ok(Card {
            account_no: no.to_string(),
            access_code: code.to_string(),
            path: paths::bank_account(lang, no.as_str(), code.as_str(), &[]),
        })
    }

    /// The account, its entries newest first, and its village's shop.
    pub async fn account(&self, no: &TrackingNo, lang: Lang) -> Result<Account, BankError> {
        let row: AccountRow = sqlx::query_as(
            "SELECT account_no, village, household, members, honour FROM bank_accounts WHERE account_no = $1",
        )
        .bind(no.as_str())
        .fetch_optional(&self.db)
        .await?
        .ok_or(BankError::NotFound)?;
        let rows: Vec<EntryRow> = sqlx::query_as(
            "SELECT seq, at, kind, item, points, note, reverses FROM bank_entries WHERE account_no = $1 ORDER BY seq DESC",
        )
        .bind(no.as_str())
        .fetch_all(&self.db)
        .await?;
        let reversed: std::collections::HashSet<i64> = rows.iter().filter_map(|r| r.reverses).collect();
        let entries: Vec<Entry> = rows
            .into_iter()
            .map(|r| Entry {
                kind: EntryKind::parse(&r.kind).unwrap_or(EntryKind::Earn),
                item: self.rules.entry_name(&r.item, lang),
                reversed: reversed.contains(&r.seq),
                seq: r.seq,
                at: r.at,
                points: r.points,
                note: r.note,
                reverses: r.reverses,
            })
            .collect();
        let stock = self.stock(&row.village).await?;
        Ok(Account {
            balance: entries.iter().map(|e| e.points).sum(),
            village_name: self.units.get(&row.village).map_or(row.village.clone(), |u| u.name(lang).to_owned()),
            shop: self.rules.offers(&row.village, lang, |good| stock.get(good).copied().unwrap_or(0)),
            account_no: shown_no(&row.account_no),
            household: row.household,
            members: row.members,
            village: row.village,
            honour: row.honour != 0,
            entries,
        })
    }

    /// A village's shop in `lang`, with what is left.
    pub async fn shop(&self, village: &str, lang: Lang) -> Result<Vec<domain::bank::Offer>, sqlx::Error> {
        let stock = self.stock(village).await?;
        Ok(self.rules.offers(village, lang, |good| stock.get(good).copied().unwrap_or(0)))
    }

    /// Adds goods to a village's shop (入库): 1 to `RESTOCK_MAX` of a good
    /// the shop offers.
    pub async fn restock(&self, village: &str, good: &str, n: i64) -> Result<(), BankError> {
        let offered = self.rules.shop(village).iter().any(|o| o.good == good);
        if !offered || !(1..=domain::bank::RESTOCK_MAX).contains(&n) {
            return Err(BankError::Invalid(vec!["bank-error-good"]));
        }
        sqlx::query("UPDATE bank_stock SET remaining = remaining + $1 WHERE village = $2 AND good = $3")
            .bind(n)
            .bind(village)
            .bind(good)
            .execute_in_turn(&self.db)
            .await?;
        Ok(())
    }

    async fn stock(&self, village: &str) -> Result<HashMap<String, i64>, sqlx::Error> {
        let rows: Vec<(String, i64)> = sqlx::query_as("SELECT good, remaining FROM bank_stock WHERE village = $1")
            .bind(village)
            .fetch_all(&self.db)
            .await?;
        Ok(rows.into_iter().collect())
    }

    /// Locks the account for a write to its ledger and gives the next
    /// entry's number.
    async fn lock(tx: &mut Tx, no: &TrackingNo) -> Result<i64, BankError> {
        let locked = sqlx::query("UPDATE bank_accounts SET entries = entries + 1 WHERE account_no = $1")
            .bind(no.as_str())
            .execute(&mut **tx)
            .await?;
        if locked.rows_affected() == 0 {
            return Err(BankError::NotFound);
        }
        Ok(sqlx::query_scalar("SELECT entries FROM bank_accounts WHERE account_no = $1")
            .bind(no.as_str())
            .fetch_one(&mut **tx)
            .await?)
    }

    async fn balance(tx: &mut Tx, no: &TrackingNo) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("SELECT CAST(COALESCE(SUM(points), 0) AS BIGINT) FROM bank_entries WHERE account_no = $1")
            .bind(no.as_str())
            .fetch_one(&mut **tx)
            .await
    }

    /// Records an item of the rules for an account: earning items add
    /// their points, deduction items take them. With a `source`, the same
    /// cause is recorded once only (`Ok(false)` for a repeat).
    pub async fn record(
        &self,
        no: &TrackingNo,
        item: &str,
        note: Option<&str>,
        actor: &str,
        source: Option<&str>,
        at: Timestamp,
    ) -> Result<bool, BankError> {
        let found = self.rules.item(item).ok_or(BankError::Invalid(vec!["bank-error-item"]))?;
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        if note.is_some_and(|n| !domain::bank::note_is_valid(n)) {
            return Err(BankError::Invalid(vec!["bank-error-note"]));
        }
        let (kind, points) =
            if found.earns { (EntryKind::Earn, found.item.points) } else { (EntryKind::Deduct, -found.item.points) };
        let mut tx = crate::db::write(&self.db).await?;
        let seq = Bank::lock(&mut tx, no).await?;
        let written = insert_entry(&mut tx, no, seq, at, kind, item, points, note, actor, None, source).await;
        match written {
            Ok(()) => {
                tx.commit().await?;
                Ok(true)
            }
            Err(e) if source.is_some() && is_unique_violation(&e) => {
                tx.rollback().await?;
                Ok(false)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Corrects an entry by a new one of the opposite sign. A reversed
    /// redemption puts the good back on the shelf.
    pub async fn reverse(&self, no: &TrackingNo, seq: i64, actor: &str, at: Timestamp) -> Result<(), BankError> {
        let mut tx = crate::db::write(&self.db).await?;
        let next = Bank::lock(&mut tx, no).await?;
        let original: Option<(String, String, i64, Option<i64>)> =
            sqlx::query_as("SELECT kind, item, points, reverses FROM bank_entries WHERE account_no = $1 AND seq = $2")
                .bind(no.as_str())
                .bind(seq)
                .fetch_optional(&mut *tx)
                .await?;
        let Some((kind, item, points, None)) = original else { return Err(BankError::NotReversible) };
        let kind = EntryKind::parse(&kind).unwrap_or(EntryKind::Earn);
        let written = insert_entry(&mut tx, no, next, at, kind, &item, -points, None, actor, Some(seq), None).await;
        match written {
            Ok(()) => {}
            Err(e) if is_unique_violation(&e) => return Err(BankError::NotReversible),
            Err(e) => return Err(e.into()),
        }
        if kind == EntryKind::Redeem {
            sqlx::query(
                "UPDATE bank_stock SET remaining = remaining + 1 WHERE good = $1 \
                 AND village = (SELECT village FROM bank_accounts WHERE account_no = $2)",
            )
            .bind(&item)
            .bind(no.as_str())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The household takes a good from its village's shop: never more than
    /// the balance, never more than the stock. A retry with the same key
    /// takes it once.
    pub async fn redeem(&self, no: &TrackingNo, good: &str, key: &str, at: Timestamp) -> Result<(), BankError> {
        if !domain::form::is_idempotency_key(key) {
            return Err(BankError::Invalid(vec!["error-bad-request"]));
        }
        let village = self.village_of(no).await?.ok_or(BankError::NotFound)?;
        let offer = self.rules.shop(&village).iter().find(|o| o.good == good);
        let Some(price) = offer.map(|o| o.points) else { return Err(BankError::Invalid(vec!["bank-error-good"])) };
        let source = format!("redeem:{key}");
        let mut tx = crate::db::write(&self.db).await?;
        let seq = Bank::lock(&mut tx, no).await?;
        let before: Option<String> = sqlx::query_scalar("SELECT item FROM bank_entries WHERE source = $1")
            .bind(&source)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(item) = before {
            tx.rollback().await?;
            return if item == good { Ok(()) } else { Err(BankError::KeyReused) };
        }
        if Bank::balance(&mut tx, no).await? < price {
            return Err(BankError::NotEnough);
        }
        let taken = sqlx::query(
            "UPDATE bank_stock SET remaining = remaining - 1 WHERE village = $1 AND good = $2 AND remaining > 0",
        )
        .bind(&village)
        .bind(good)
        .execute(&mut *tx)
        .await?;
        if taken.rows_affected() == 0 {
            return Err(BankError::OutOfStock);
        }
        insert_entry(&mut tx, no, seq, at, EntryKind::Redeem, good, -price, None, "resident", None, Some(&source))
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The console's list: the accounts of the villages within `unit`.
    pub async fn list(&self, unit: &str) -> Result<Vec<AccountLine>, sqlx::Error> {
        let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT a.account_no, a.household, a.village, CAST(COALESCE(SUM(e.points), 0) AS BIGINT) \
             FROM bank_accounts a LEFT JOIN bank_entries e ON e.account_no = a.account_no \
             GROUP BY a.account_no, a.household, a.village ORDER BY a.village, a.household",
        )
        .fetch_all(&self.db)
        .await?;
        Ok(rows
            .into_iter()
            .filter(|(_, _, village, _)| self.units.is_within(village, unit))
            .map(|(account_no, household, village, balance)| AccountLine {
                account_no: shown_no(&account_no),
                household,
                village_name: self.units.get(&village).map_or(village.clone(), |u| u.name(Lang::Zh).to_owned()),
                balance,
            })
            .collect())
    }

    /// The public page's figures: each village's honour board (households
    /// that agreed, by points earned less deducted this year) and this
    /// month's totals.
    pub async fn boards(&self, lang: Lang, at: Timestamp) -> Result<Boards, sqlx::Error> {
        let month = Month::of(at);
        let year_start = Month { year: month.year, month: 1 }.start();
        let counts: Vec<(String, i64)> =
            sqlx::query_as("SELECT village, CAST(COUNT(*) AS BIGINT) FROM bank_accounts GROUP BY village")
                .fetch_all(&self.db)
                .await?;
        let honour: Vec<(String, String, i64)> = sqlx::query_as(
            "SELECT a.village, a.household, CAST(SUM(e.points) AS BIGINT) AS points \
             FROM bank_accounts a JOIN bank_entries e ON e.account_no = a.account_no \
             WHERE a.honour = 1 AND e.kind IN ('earn', 'deduct') AND e.at >= $1 \
             GROUP BY a.account_no, a.village, a.household ORDER BY points DESC, a.household",
        )
        .bind(year_start)
        .fetch_all(&self.db)
        .await?;
        let totals: Vec<(String, String, i64)> = sqlx::query_as(
            "SELECT a.village, e.kind, CAST(SUM(e.points) AS BIGINT) \
             FROM bank_accounts a JOIN bank_entries e ON e.account_no = a.account_no \
             WHERE e.at >= $1 AND e.at < $2 GROUP BY a.village, e.kind",
        )
        .bind(month.start())
        .bind(month.next().start())
        .fetch_all(&self.db)
        .await?;
        let mut villages: Vec<VillageBoard> = counts
            .into_iter()
            .map(|(village, accounts)| {
                let mut board: Vec<Honoured> = honour
                    .iter()
                    .filter(|(v, _, points)| *v == village && *points > 0)
                    .map(|(_, household, points)| Honoured { household: household.clone(), points: *points })
                    .collect();
                board.truncate(HONOUR_BOARD_SIZE);
                let mut month_totals = MonthTotals::default();
                for (_, kind, sum) in totals.iter().filter(|(v, _, _)| *v == village) {
                    match EntryKind::parse(kind) {
                        Some(EntryKind::Earn) => month_totals.earned += sum,
                        Some(EntryKind::Deduct) => month_totals.deducted -= sum,
                        Some(EntryKind::Redeem) => month_totals.redeemed -= sum,
                        None => {}
                    }
                }
                VillageBoard {
                    village_name: self.units.get(&village).map_or(village.clone(), |u| u.name(lang).to_owned()),
                    month: (accounts >= TOTALS_MIN_ACCOUNTS).then_some(month_totals),
                    honour: board,
                    village,
                    accounts,
                }
            })
            .collect();
        villages.sort_by(|a, b| a.village_name.cmp(&b.village_name));
        Ok(Boards { month: month.to_string(), year: month.year, villages })
    }
}

/// A stored number as people read it, with its dash.
fn shown_no(stored: &str) -> String {
    TrackingNo::parse(stored).map_or_else(|| stored.to_owned(), |no| no.to_string())
}

#[allow(clippy::too_many_arguments)] // One row of the ledger, column by column.
async fn insert_entry(
    tx: &mut Tx,
    no: &TrackingNo,
    seq: i64,
    at: Timestamp,
    kind: EntryKind,
    item: &str,
    points: i64,
    note: Option<&str>,
    actor: &str,
    reverses: Option<i64>,
    source: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO bank_entries (account_no, seq, at, kind, item, points, note, actor, reverses, source) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(no.as_str())
    .bind(seq)
    .bind(at)
    .bind(kind.as_str())
    .bind(item)
    .bind(points)
    .bind(note)
    .bind(actor)
    .bind(reverses)
    .bind(source)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
