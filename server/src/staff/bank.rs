//! The culture bank in the console: village staff open households'
//! accounts, record items of the rules, and reverse mistakes. Staff act on
//! the accounts of villages within their unit only; any other is answered
//! as if it did not exist. Every action goes to the audit log.

use crate::{
    bank::BankError,
    case::now,
    edge::{session::CsrfField, StaffForm},
    error::ApiError,
    units::Level,
    AppState,
};
use axum::{
    extract::{Path, State},
    response::Redirect,
};
use domain::{
    appeal::{Choice, TrackingNo},
    bank::{BankDesk, NewAccount, StaffAccount},
    paths,
    staff::StaffUser,
    Lang,
};
use serde::Deserialize;

/// The villages within the user's unit, where the user keeps accounts.
pub fn villages<'a>(state: &'a AppState, user: &'a StaffUser) -> Vec<&'a crate::units::Unit> {
    state.units.within(&user.unit).filter(|u| u.level == Level::Village).collect()
}

/// An account the user may keep: of a village within the user's unit.
pub async fn account_for(state: &AppState, no: &str, user: &StaffUser) -> Result<TrackingNo, ApiError> {
    let no = TrackingNo::parse(no).ok_or(ApiError::NotFound)?;
    let village = state.bank.village_of(&no).await?.ok_or(ApiError::NotFound)?;
    if !state.units.is_within(&village, &user.unit) {
        return Err(ApiError::NotFound);
    }
    Ok(no)
}

/// The console's list and opening form; `None` for a user without villages.
pub async fn desk(state: &AppState, user: &StaffUser) -> Option<BankDesk> {
    let villages: Vec<Choice> = villages(state, user)
        .into_iter()
        .map(|v| Choice { id: v.id.clone(), name: v.name(Lang::Zh).to_owned(), icon: String::new() })
        .collect();
    if villages.is_empty() {
        return None;
    }
    let mut shops = Vec::new();
    for village in &villages {
        let offers = state.bank.shop(&village.id, Lang::Zh).await.ok()?;
        if !offers.is_empty() {
            shops.push((village.clone(), offers));
        }
    }
    Some(BankDesk {
        accounts: state.bank.list(&user.unit).await.ok()?,
        villages,
        idempotency_key: format!("bank-{}", &crate::case::codes::new_secret()[..32]),
        shops,
    })
}

/// One account with its card and the rules to record from.
pub async fn staff_account(state: &AppState, user: &StaffUser, no: &str) -> Option<StaffAccount> {
    let no = account_for(state, no, user).await.ok()?;
    let rules = state.bank.rules.view(Lang::Zh);
    Some(StaffAccount {
        account: state.bank.account(&no, Lang::Zh).await.ok()?,
        card: state.bank.card(&no).await.ok()?,
        earn: rules.earn,
        deduct: rules.deduct,
    })
}

#[derive(Deserialize)]
pub struct OpenForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    idempotency_key: String,
    #[serde(default)]
    village: String,
    #[serde(default)]
    household: String,
    #[serde(default)]
    members: String,
    /// A checkbox: present when ticked.
    #[serde(default)]
    honour: Option<String>,
    #[serde(default)]
    lang: String,
}

impl CsrfField for OpenForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// `POST /staff/bank`: opens an account, then its page with the card.
pub async fn open(
    State(state): State<AppState>,
    StaffForm { user, form }: StaffForm<OpenForm>,
) -> Result<Redirect, ApiError> {
    if !villages(&state, &user).iter().any(|v| v.id == form.village) {
        return Err(ApiError::NotFound);
    }
    let lang: Lang = form.lang.parse().unwrap_or_default();
    let new = NewAccount {
        village: form.village,
        household: form.household,
        members: form.members,
        honour: form.honour.is_some(),
        idempotency_key: form.idempotency_key,
    };
    match state.bank.open(&new, lang, &user.username, now()).await {
        Ok((no, _)) => {
            state.staff.audit(&user.username, "bank-open", Some(no.as_str()), Some(&new.village)).await?;
            Ok(Redirect::to(&paths::with_query(paths::staff_bank_account(&no.to_string()), &[("done", "open")])))
        }
        Err(BankError::Invalid(problems)) => {
            let first = problems.first().copied().unwrap_or("error-invalid");
            Ok(Redirect::to(&paths::with_query(paths::staff_bank(), &[("error", first)])))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct RestockForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    village: String,
    #[serde(default)]
    good: String,
    #[serde(default)]
    n: String,
}

impl CsrfField for RestockForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// `POST /staff/bank/stock`: goods delivered to a village's shop (入库).
pub async fn restock(
    State(state): State<AppState>,
    StaffForm { user, form }: StaffForm<RestockForm>,
) -> Result<Redirect, ApiError> {
    if !villages(&state, &user).iter().any(|v| v.id == form.village) {
        return Err(ApiError::NotFound);
    }
    let n = form.n.trim().parse().unwrap_or(0);
    match state.bank.restock(&form.village, &form.good, n).await {
        Ok(()) => {
            let detail = format!("{} {} +{n}", form.village, form.good);
            state.staff.audit(&user.username, "bank-restock", None, Some(&detail)).await?;
            Ok(Redirect::to(&paths::with_query(paths::staff_bank(), &[("done", "stock")])))
        }
        Err(BankError::Database(e)) => Err(ApiError::Database(e)),
        Err(_) => Ok(Redirect::to(&paths::with_query(paths::staff_bank(), &[("error", "staff-bank-error-stock")]))),
    }
}

#[derive(Deserialize)]
pub struct EntryForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    item: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    seq: String,
}

impl CsrfField for EntryForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// `POST /staff/bank/{no}`: `record` an item of the rules, or `reverse`
/// an entry.
pub async fn act(
    State(state): State<AppState>,
    Path(no): Path<String>,
    StaffForm { user, form }: StaffForm<EntryForm>,
) -> Result<Redirect, ApiError> {
    let no = account_for(&state, &no, &user).await?;
    let (bank, at) = (&state.bank, now());
    let result = match form.action.as_str() {
        "record" => bank.record(&no, &form.item, Some(&form.note), &user.username, None, at).await.map(|_| ()),
        "reverse" => match form.seq.trim().parse() {
            Ok(seq) => bank.reverse(&no, seq, &user.username, at).await,
            Err(_) => Err(BankError::NotReversible),
        },
        _ => Err(BankError::Invalid(vec!["error-bad-request"])),
    };
    let page = paths::staff_bank_account(&no.to_string());
    match result {
        Ok(()) => {
            let detail = if form.action == "record" { form.item.as_str() } else { form.seq.as_str() };
            state
                .staff
                .audit(&user.username, &format!("bank-{}", form.action), Some(no.as_str()), Some(detail))
                .await?;
            Ok(Redirect::to(&paths::with_query(page, &[("done", &form.action)])))
        }
        Err(BankError::Database(e)) => Err(ApiError::Database(e)),
        Err(e) => Ok(Redirect::to(&paths::with_query(page, &[("error", ApiError::from(e).message_id())]))),
    }
}
