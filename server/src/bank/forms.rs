//! The household's shop form on `/{lang}/bank/{no}`, for every phone: a
//! plain POST, then back to the account with what happened.

use super::BankError;
use crate::{
    case::now,
    edge::{ClientAddr, PageLang},
    error::ApiError,
    track, AppState,
};
use axum::{
    extract::{Path, State},
    response::Redirect,
    Form,
};
use domain::paths;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct RedeemForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    good: String,
    #[serde(default)]
    idempotency_key: String,
}

/// `POST /{lang}/bank/{no}/redeem`
pub async fn redeem(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    client: ClientAddr,
    Path((_, no)): Path<(String, String)>,
    Form(form): Form<RedeemForm>,
) -> Result<Redirect, ApiError> {
    let result = async {
        let no = track::authorise_account(&state, client, &no, &form.code).await?;
        state.bank.redeem(&no, &form.good, &form.idempotency_key, now()).await?;
        state.staff.audit("resident", "bank-redeem", Some(no.as_str()), Some(&form.good)).await.map_err(|e| match e {
            crate::staff::StaffError::Database(e) => BankError::Database(e),
            _ => BankError::NotFound,
        })
    };
    let note = match result.await {
        Ok(()) => ("done", "redeem"),
        Err(BankError::Database(e)) => return Err(ApiError::Database(e)),
        Err(BankError::Busy(retry_after)) => return Err(ApiError::TooMany { retry_after }),
        Err(e) => ("error", ApiError::from(e).message_id()),
    };
    Ok(Redirect::to(&paths::bank_account(lang, &no, &form.code, &[note])))
}
