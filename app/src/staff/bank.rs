//! The culture bank in the console (`server/src/staff/bank.rs`): the
//! accounts of the user's villages, opening one, its printable card, and
//! recording or reversing entries.

use super::LANG;
use crate::{bank::EntryLine, t};
use domain::{
    bank::{BankDesk, RuleCategory, StaffAccount, HOUSEHOLD_MAX_CHARS, MEMBERS_MAX_CHARS, NOTE_MAX_CHARS, RESTOCK_MAX},
    paths,
    staff::StaffUser,
    Lang,
};
use leptos::prelude::*;

fn lang_name(lang: Lang) -> String {
    match lang {
        Lang::Zh => t!(LANG, "lang-name-zh"),
        Lang::Bo => t!(LANG, "lang-name-bo"),
        Lang::Ii => t!(LANG, "lang-name-ii"),
    }
}

fn message(id: Option<String>) -> Option<String> {
    id.map(|id| crate::i18n::loader(LANG).get(&id))
}

#[component]
pub fn BankList(user: StaffUser, desk: BankDesk, done: Option<String>, error: Option<String>) -> impl IntoView {
    let error = message(error);
    let csrf = user.csrf_token.clone();
    let empty = desk.accounts.is_empty();
    let one_village = desk.villages.len() == 1;
    view! {
        <p><a href=paths::staff()>{t!(LANG, "staff-back")}</a></p>
        <h1>{t!(LANG, "staff-bank")}</h1>
        {done.map(|_| view! { <p class="ok" role="status">{t!(LANG, "staff-done")}</p> })}
        {error.map(|text| view! { <p class="error" role="alert">{text}</p> })}
        {empty.then(|| view! { <p>{t!(LANG, "staff-bank-none")}</p> })}
        <ul class="queue">
            {desk
                .accounts
                .into_iter()
                .map(|a| {
                    view! {
                        <li>
                            <a href=paths::staff_bank_account(&a.account_no)>{a.account_no.clone()}</a>
                            " " {a.household} " · " {a.village_name} " · "
                            <b class="points">{t!(LANG, "bank-price", points = a.balance)}</b>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <h2>{t!(LANG, "staff-bank-open")}</h2>
        <form class="appeal-form" method="post" action=paths::staff_bank()>
            <input type="hidden" name="csrf" value=user.csrf_token />
            <input type="hidden" name="idempotency_key" value=desk.idempotency_key />
            <label for="village">{t!(LANG, "staff-search-village")}</label>
            <select id="village" name="village" required>
                {desk
                    .villages
                    .into_iter()
                    .map(|v| view! { <option value=v.id selected=one_village>{v.name}</option> })
                    .collect_view()}
            </select>
            <label for="household">{t!(LANG, "staff-bank-household")}</label>
            <input id="household" name="household" required maxlength=HOUSEHOLD_MAX_CHARS.to_string() />
            <label for="members">{t!(LANG, "staff-bank-members")}</label>
            <input id="members" name="members" maxlength=MEMBERS_MAX_CHARS.to_string() />
            <label for="lang">{t!(LANG, "staff-bank-lang")}</label>
            <select id="lang" name="lang">
                {Lang::ALL.iter().map(|l| view! { <option value=l.slug()>{lang_name(*l)}</option> }).collect_view()}
            </select>
            <label class="check">
                <input type="checkbox" name="honour" value="yes" />
                {t!(LANG, "staff-bank-honour")}
            </label>
            <button type="submit" class="button submit">{t!(LANG, "staff-bank-open-send")}</button>
        </form>
        <h2>{t!(LANG, "staff-bank-stock")}</h2>
        {desk
            .shops
            .into_iter()
            .map(|(village, offers)| {
                let csrf = csrf.clone();
                view! {
                    <h3>{village.name.clone()}</h3>
                    <ul class="shop">
                        {offers
                            .into_iter()
                            .map(|offer| {
                                let (village, csrf) = (village.id.clone(), csrf.clone());
                                view! {
                                    <li class="offer">
                                        {offer.name.clone()} " · " {t!(LANG, "bank-price", points = offer.points)} " · "
                                        <span class="stock">{t!(LANG, "bank-stock", n = offer.stock)}</span>
                                        <form class="restock" method="post" action=format!("{}/stock", paths::staff_bank())>
                                            <input type="hidden" name="csrf" value=csrf />
                                            <input type="hidden" name="village" value=village />
                                            <input type="hidden" name="good" value=offer.id.clone() />
                                            <input name="n" type="number" min="1" max=RESTOCK_MAX.to_string() required aria-label=t!(LANG, "staff-bank-stock-n", good = offer.name.clone()) />
                                            <button type="submit" class="button secondary">{t!(LANG, "staff-bank-stock-send")}</button>
                                        </form>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })
            .collect_view()}
    }
}

#[component]
pub fn BankAccountDesk(
    user: StaffUser,
    account: StaffAccount,
    done: Option<String>,
    error: Option<String>,
) -> impl IntoView {
    let StaffAccount { account, card, earn, deduct } = account;
    let action = paths::staff_bank_account(&account.account_no);
    let csrf = user.csrf_token.clone();
    let error = message(error);
    view! {
        <p><a href=paths::staff_bank()>{t!(LANG, "staff-bank")}</a></p>
        <h1>{account.household.clone()}</h1>
        {done.map(|_| view! { <p class="ok" role="status">{t!(LANG, "staff-done")}</p> })}
        {error.map(|text| view! { <p class="error" role="alert">{text}</p> })}
        <section class="bank-card">
            <h2>{t!(LANG, "staff-bank-card")}</h2>
            <p>{t!(LANG, "staff-bank-card-hint")}</p>
            <img class="qr" src=paths::qr(&card.path) alt=t!(LANG, "staff-bank-card") width="160" height="160" />
            <dl class="appeal-facts">
                <dt>{t!(LANG, "bank-account-no")}</dt>
                <dd class="tracking-no">{card.account_no.clone()}</dd>
                <dt>{t!(LANG, "track-code")}</dt>
                <dd class="access-code">{card.access_code.clone()}</dd>
                <dt>{t!(LANG, "bank-village")}</dt>
                <dd>{account.village_name.clone()}</dd>
                <dt>{t!(LANG, "staff-bank-members")}</dt>
                <dd>{account.members.clone()}</dd>
            </dl>
        </section>
        <p class="balance-line">{t!(LANG, "bank-balance")} " " <b class="balance">{account.balance}</b></p>
        <form class="resident-action" method="post" action=action.clone()>
            <input type="hidden" name="csrf" value=csrf.clone() />
            <input type="hidden" name="action" value="record" />
            <label for="item">{t!(LANG, "staff-bank-item")}</label>
            <select id="item" name="item" required>
                <ItemGroup label=t!(LANG, "bank-earn") categories=earn sign="+" />
                <ItemGroup label=t!(LANG, "bank-deduct") categories=deduct sign="−" />
            </select>
            <label for="note">{t!(LANG, "staff-bank-note")}</label>
            <input id="note" name="note" maxlength=NOTE_MAX_CHARS.to_string() />
            <button type="submit" class="button">{t!(LANG, "staff-bank-record")}</button>
        </form>
        <h2>{t!(LANG, "bank-entries")}</h2>
        <ol class="ledger" reversed>
            {account
                .entries
                .into_iter()
                .map(|entry| {
                    let reversible = !entry.reversed && entry.reverses.is_none();
                    let seq = entry.seq.to_string();
                    let (action, csrf) = (action.clone(), csrf.clone());
                    view! {
                        <EntryLine lang=LANG entry>
                            {reversible.then(|| view! {
                                <form class="reverse" method="post" action=action>
                                    <input type="hidden" name="csrf" value=csrf />
                                    <input type="hidden" name="action" value="reverse" />
                                    <input type="hidden" name="seq" value=seq />
                                    <button type="submit" class="button secondary">{t!(LANG, "staff-bank-reverse")}</button>
                                </form>
                            })}
                        </EntryLine>
                    }
                })
                .collect_view()}
        </ol>
    }
}

#[component]
fn ItemGroup(label: String, categories: Vec<RuleCategory>, sign: &'static str) -> impl IntoView {
    view! {
        <optgroup label=label>
            {categories
                .into_iter()
                .flat_map(|c| {
                    let category = c.name;
                    c.items.into_iter().map(move |i| {
                        let text = format!("{category} · {} {sign}{}", i.name, i.points);
                        view! { <option value=i.id>{text}</option> }
                    })
                })
                .collect_view()}
        </optgroup>
    }
}
