//! `/{lang}/bank`: the culture bank (文化银行) for residents. The public
//! page explains the rules and shows each village's honour board; a
//! household opens its own account with the number and code on its card,
//! sees the balance and every entry, and takes goods from the village's
//! shop with a plain form. Complete server HTML, no island.

use crate::{i18n::use_lang, t};
use domain::{
    bank::{Account, Boards, Entry, EntryKind, Offer, RuleCategory, Rules},
    paths,
    time::china_time,
    Lang,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

#[cfg(feature = "ssr")]
type BoxFuture<'a, T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send + 'a>>;

/// What the server provides to these pages (`server/src/bank/`).
#[cfg(feature = "ssr")]
pub trait BankStore: Send + Sync + 'static {
    fn rules(&self, lang: Lang) -> Rules;
    fn boards(&self, lang: Lang) -> BoxFuture<'_, Option<Boards>>;
    /// The account, when number and code match (through the tracking guard).
    fn account<'a>(&'a self, no: &'a str, code: &'a str, lang: Lang) -> BoxFuture<'a, Option<Account>>;
    /// A new random key for a shop form about to be shown.
    fn form_key(&self) -> String;
}

#[cfg(feature = "ssr")]
fn store() -> Option<std::sync::Arc<dyn BankStore>> {
    use_context::<std::sync::Arc<dyn BankStore>>()
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Public {
    rules: Rules,
    boards: Option<Boards>,
}

async fn load_public(lang: Lang) -> Option<Public> {
    #[cfg(feature = "ssr")]
    {
        let store = store()?;
        Some(Public { rules: store.rules(lang), boards: store.boards(lang).await })
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = lang;
        None
    }
}

/// The rules, the honour boards, and the way to one's own account.
#[component]
pub fn BankPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let (no, code) = query.with_untracked(|q| (q.get("no").unwrap_or_default(), q.get("code").unwrap_or_default()));
    #[cfg(feature = "ssr")]
    if !no.trim().is_empty() && !code.trim().is_empty() {
        crate::track::see_other(&paths::bank_account(lang, no.trim(), code.trim(), &[]));
    }
    let page = Resource::new(|| (), move |_| load_public(lang));
    view! {
        <Title text=t!(lang, "bank-title") />
        <Meta name="description" content=t!(lang, "bank-intro") />
        <h1>{t!(lang, "bank-heading")}</h1>
        <p>{t!(lang, "bank-intro")}</p>
        <p><a href=paths::guide_article(lang, "village-rules-points")>{t!(lang, "bank-law")}</a></p>
        <h2>{t!(lang, "bank-mine")}</h2>
        <AccountForm lang no code />
        <Suspense fallback=move || view! { <p class="loading">{t!(lang, "loading")}</p> }>
            {move || {
                page.get().flatten().map(|Public { rules, boards }| {
                    view! {
                        {boards.map(|boards| view! { <HonourBoards lang boards /> })}
                        <h2>{t!(lang, "bank-earn")}</h2>
                        <RuleList categories=rules.earn sign="+" />
                        <h2>{t!(lang, "bank-deduct")}</h2>
                        <RuleList categories=rules.deduct sign="−" />
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn AccountForm(lang: Lang, no: String, code: String) -> impl IntoView {
    view! {
        <form class="track-form" method="get" action=paths::bank(lang)>
            <label for="no">{t!(lang, "bank-account-no")}</label>
            <input id="no" name="no" required autocapitalize="characters" autocomplete="off" value=no placeholder="K7M4-Q9PX" />
            <label for="code">{t!(lang, "track-code")}</label>
            <input id="code" name="code" required autocapitalize="characters" autocomplete="off" value=code placeholder="ABC-DEF-GHJ" />
            <button type="submit" class="button">{t!(lang, "bank-open-account")}</button>
        </form>
    }
}

#[component]
fn RuleList(categories: Vec<RuleCategory>, sign: &'static str) -> impl IntoView {
    view! {
        <div class="bank-rules">
            {categories
                .into_iter()
                .map(|c| {
                    view! {
                        <section class="rule-category" id=format!("rule-{}", c.id)>
                            <h3>{c.name}</h3>
                            <ul>
                                {c.items
                                    .into_iter()
                                    .map(|i| view! { <li><span>{i.name}</span> " " <b class="points">{sign}{i.points}</b></li> })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn HonourBoards(lang: Lang, boards: Boards) -> impl IntoView {
    let empty = boards.villages.is_empty();
    let year = boards.year;
    view! {
        <h2>{t!(lang, "bank-honour", year = year)}</h2>
        {empty.then(|| view! { <p>{t!(lang, "bank-honour-none")}</p> })}
        {boards
            .villages
            .into_iter()
            .map(|v| {
                let none = v.honour.is_empty();
                view! {
                    <section class="honour-board">
                        <h3>{v.village_name}</h3>
                        {none.then(|| view! { <p>{t!(lang, "bank-honour-empty")}</p> })}
                        <ol>
                            {v.honour
                                .into_iter()
                                .map(|h| view! { <li>{h.household} " " <b class="points">{h.points}</b></li> })
                                .collect_view()}
                        </ol>
                        <p class="month-totals">
                            {match v.month {
                                Some(m) => t!(lang, "bank-month-totals", earned = m.earned, deducted = m.deducted, redeemed = m.redeemed),
                                None => t!(lang, "bank-month-few"),
                            }}
                        </p>
                    </section>
                }
            })
            .collect_view()}
    }
}

async fn load_account(lang: Lang, no: String, code: String) -> Option<(Account, String)> {
    #[cfg(feature = "ssr")]
    {
        let store = store()?;
        let account = store.account(&no, &code, lang).await?;
        Some((account, store.form_key()))
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (lang, no, code);
        None
    }
}

/// A household's own page: balance, shop, entries. A wrong number or code
/// gets the same "not found" as a missing account.
#[component]
pub fn BankAccountPage() -> impl IntoView {
    let lang = use_lang();
    let no = use_params_map().with_untracked(|p| p.get("no").unwrap_or_default());
    let (code, done, error) =
        use_query_map().with_untracked(|q| (q.get("code").unwrap_or_default(), q.get("done"), q.get("error")));
    let account = {
        let (no, code) = (no.clone(), code.clone());
        Resource::new(|| (), move |_| load_account(lang, no.clone(), code.clone()))
    };
    view! {
        <Title text=t!(lang, "bank-title") />
        <Meta name="robots" content="noindex" />
        <Suspense fallback=move || view! { <p class="loading">{t!(lang, "loading")}</p> }>
            {
                let (no, code, done, error) = (no.clone(), code.clone(), done.clone(), error.clone());
                move || {
                    let (no, code, done, error) = (no.clone(), code.clone(), done.clone(), error.clone());
                    Suspend::new(async move {
                        match account.await {
                            Some((account, key)) => view! { <AccountView lang account code key done error /> }.into_any(),
                            None => {
                                #[cfg(feature = "ssr")]
                                if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                                    response.set_status(http::StatusCode::NOT_FOUND);
                                }
                                view! {
                                    <h1>{t!(lang, "bank-heading")}</h1>
                                    <p class="error" role="alert">{t!(lang, "bank-error-not-found")}</p>
                                    <AccountForm lang no code />
                                }
                                    .into_any()
                            }
                        }
                    })
                }
            }
        </Suspense>
    }
}

#[component]
fn AccountView(
    lang: Lang,
    account: Account,
    code: String,
    key: String,
    done: Option<String>,
    error: Option<String>,
) -> impl IntoView {
    let error = error.map(|id| crate::i18n::loader(lang).get(&id));
    let balance = account.balance;
    let no = account.account_no.clone();
    let no_entries = account.entries.is_empty();
    let no_shop = account.shop.is_empty();
    view! {
        <h1>{account.household.clone()}</h1>
        {done.map(|_| view! { <p class="ok" role="status">{t!(lang, "bank-redeemed")}</p> })}
        {error.map(|text| view! { <p class="error" role="alert">{text}</p> })}
        <dl class="appeal-facts">
            <dt>{t!(lang, "bank-account-no")}</dt>
            <dd class="tracking-no">{no.clone()}</dd>
            <dt>{t!(lang, "bank-village")}</dt>
            <dd>{account.village_name.clone()}</dd>
            <dt>{t!(lang, "bank-balance")}</dt>
            <dd class="balance">{balance}</dd>
        </dl>
        <h2>{t!(lang, "bank-shop")}</h2>
        <p>{t!(lang, "bank-collect")}</p>
        {no_shop.then(|| view! { <p>{t!(lang, "bank-shop-none")}</p> })}
        <ul class="shop">
            {account
                .shop
                .into_iter()
                .map(|offer| view! { <ShopItem lang offer balance no=no.clone() code=code.clone() key=key.clone() /> })
                .collect_view()}
        </ul>
        <h2>{t!(lang, "bank-entries")}</h2>
        {no_entries.then(|| view! { <p>{t!(lang, "bank-entries-none")}</p> })}
        <ol class="ledger" reversed>
            {account.entries.into_iter().map(|entry| view! { <EntryLine lang entry /> }).collect_view()}
        </ol>
    }
}

#[component]
fn ShopItem(lang: Lang, offer: Offer, balance: i64, no: String, code: String, key: String) -> impl IntoView {
    let why_not = if offer.stock <= 0 {
        Some(t!(lang, "bank-error-out-of-stock"))
    } else if balance < offer.points {
        Some(t!(lang, "bank-error-not-enough"))
    } else {
        None
    };
    let can = why_not.is_none();
    view! {
        <li class="offer">
            <span class="good">{offer.name}</span>
            " " <b class="points">{t!(lang, "bank-price", points = offer.points)}</b>
            " " <span class="stock">{t!(lang, "bank-stock", n = offer.stock)}</span>
            <form method="post" action=paths::bank_redeem(lang, &no)>
                <input type="hidden" name="code" value=code />
                <input type="hidden" name="good" value=offer.id />
                <input type="hidden" name="idempotency_key" value=key />
                <button type="submit" class="button secondary" disabled=!can>{t!(lang, "bank-redeem")}</button>
            </form>
            {why_not.map(|text| view! { <span class="hint">{text}</span> })}
        </li>
    }
}

/// One entry: when, what, how many points; a correction names the entry
/// it corrects.
#[component]
pub fn EntryLine(lang: Lang, entry: Entry, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    let points = if entry.points > 0 { format!("+{}", entry.points) } else { entry.points.to_string() };
    let what = match (entry.kind, entry.reverses) {
        (_, Some(seq)) => t!(lang, "bank-entry-correction", seq = seq, item = entry.item.clone()),
        (EntryKind::Redeem, None) => t!(lang, "bank-entry-redeem", item = entry.item.clone()),
        _ => entry.item.clone(),
    };
    view! {
        <li value=entry.seq class:reversed=entry.reversed>
            <time>{china_time(entry.at)}</time> " " <span>{what}</span> " " <b class="points">{points}</b>
            {entry.note.map(|note| view! { <br /> <span class="note">{note}</span> })}
            {entry.reversed.then(|| view! { " " <span class="hint">{t!(lang, "bank-entry-reversed")}</span> })}
            {children.map(|c| c())}
        </li>
    }
}
