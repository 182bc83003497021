//! `/{lang}/appeal`: report a pressing problem (接诉即办). A plain HTML form
//! that the server receives and checks, so it sends from any phone, with or
//! without the wasm; problems come back next to their fields, in the
//! reader's language, with everything typed still in place.

mod same;

pub use same::{SameProblemNotice, SameProblemNoticeProps};

use crate::{i18n::use_lang, t};
use domain::{
    appeal::{AppealOptions, NewAppeal, SameProblem, TownshipChoice, DESCRIPTION_MAX_CHARS, NAME_MAX_CHARS},
    form::{Field, FieldProblem},
    paths, Lang,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// What the server provides to the appeal pages (`server/src/appeal.rs`).
#[cfg(feature = "ssr")]
pub trait AppealStore: Send + Sync + 'static {
    fn options(&self, lang: Lang) -> AppealOptions;
    /// A random idempotency key for a form about to be shown.
    fn new_form_key(&self) -> String;
    /// Open reports of the same village and category (none for unknown ones).
    fn same_problem<'a>(
        &'a self,
        lang: Lang,
        village: &'a str,
        category: &'a str,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = SameProblem> + Send + 'a>>;
}

#[cfg(feature = "ssr")]
pub(crate) fn store() -> Option<std::sync::Arc<dyn AppealStore>> {
    use_context::<std::sync::Arc<dyn AppealStore>>()
}

/// A form sent back because of problems: what was typed, and what to fix.
#[derive(Clone, Debug, Default)]
pub struct AppealFormEcho {
    pub values: NewAppeal,
    pub problems: Vec<FieldProblem>,
}

fn options(lang: Lang) -> Option<AppealOptions> {
    #[cfg(feature = "ssr")]
    return store().map(|s| s.options(lang));
    #[cfg(not(feature = "ssr"))]
    {
        let _ = lang;
        None
    }
}

async fn same_problem(lang: Lang, village: String, category: String) -> SameProblem {
    #[cfg(feature = "ssr")]
    if let Some(store) = store() {
        if !village.is_empty() && !category.is_empty() {
            return store.same_problem(lang, &village, &category).await;
        }
    }
    let _ = (lang, village, category);
    SameProblem::default()
}

/// A new random key for each form shown: a resend of the same form (a
/// double tap, a flaky network) makes one appeal, not two.
fn fresh_idempotency_key() -> String {
    #[cfg(feature = "ssr")]
    return store().map(|s| s.new_form_key()).unwrap_or_default();
    #[cfg(not(feature = "ssr"))]
    String::new()
}

#[component]
pub fn AppealPage() -> impl IntoView {
    let lang = use_lang();
    let echo = use_context::<AppealFormEcho>().unwrap_or_default();
    let Some(options) = options(lang) else {
        return view! { <p class="error" role="alert">{t!(lang, "error-unavailable")}</p> }.into_any();
    };
    let mut values = echo.values.clone();
    // `?category=legal-consultation` (the chat's volunteer offer) and
    // `?village=...&category=...` (a link to "already reported here") preselect.
    let query = leptos_router::hooks::use_query_map();
    if values.category.is_empty() && values.village.is_empty() {
        (values.village, values.category) =
            query.with_untracked(|q| (q.get("village").unwrap_or_default(), q.get("category").unwrap_or_default()));
    }
    let ask = echo.problems.iter().any(|p| p.field == Field::Join);
    let (village, category) = (values.village.clone(), values.category.clone());
    let same = Resource::new(|| (), move |_| same_problem(lang, village.clone(), category.clone()));
    // Only asked whether to join (`SameProblemNotice`): nothing is wrong.
    let has_problems = echo.problems.iter().any(|p| p.field != Field::Join);
    let problem = move |field: Field| {
        echo.problems.iter().find(|p| p.field == field).map(|p| crate::i18n::loader(lang).get(&p.message_id))
    };
    let error_of = move |field: Field, id: &'static str| {
        problem(field).map(|message| view! { <p class="field-error" id=id role="alert">{message}</p> })
    };
    let key = if values.idempotency_key.is_empty() { fresh_idempotency_key() } else { values.idempotency_key.clone() };
    view! {
        <Title text=t!(lang, "appeal-title") />
        <Meta name="description" content=t!(lang, "appeal-intro") />
        <h1>{t!(lang, "appeal-heading")}</h1>
        <p>{t!(lang, "appeal-intro")}</p>
        <p class="notice">{t!(lang, "appeal-emergency")}</p>
        {has_problems.then(|| view! { <p class="error" role="alert">{t!(lang, "error-invalid")}</p> })}
        {error_of(Field::IdempotencyKey, "retry-error")}
        <form class="appeal-form" method="post" enctype="multipart/form-data" action=paths::appeal(lang)>
            <input type="hidden" name="idempotency_key" value=key />
            <fieldset class="categories" aria-describedby="category-error">
                <legend>{t!(lang, "appeal-category")}</legend>
                {options
                    .categories
                    .into_iter()
                    .map(|c| {
                        let checked = c.id == values.category;
                        view! {
                            <label class="category">
                                <input type="radio" name="category" value=c.id.clone() checked=checked required />
                                <span class="icon" aria-hidden="true">{c.icon}</span>
                                <span>{c.name}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            {error_of(Field::Category, "category-error")}

            <VillageSelect lang townships=options.townships chosen=values.village.clone() />
            {error_of(Field::Village, "village-error")}
            <div id=same::PLACE_ID aria-live="polite">
                <Suspense>{move || same.get().map(|found| view! { <SameProblemNotice lang found ask /> })}</Suspense>
            </div>

            <label for="description">{t!(lang, "appeal-description")}</label>
            <p class="hint" id="description-hint">{t!(lang, "appeal-description-hint")}</p>
            <textarea
                id="description"
                name="description"
                rows="6"
                required
                minlength="10"
                maxlength=DESCRIPTION_MAX_CHARS.to_string()
                aria-describedby="description-hint description-error"
            >
                {values.description.clone()}
            </textarea>
            {error_of(Field::Description, "description-error")}

            <PhotoPicker texts=PhotoTexts::new(lang) />
            // Photos already received with a form that came back with problems.
            {(!values.photos.is_empty())
                .then(|| view! { <p class="photos-done">{t!(lang, "appeal-photo-done", count = values.photos.len())}</p> })}
            {values.photos.iter().map(|id| view! { <input type="hidden" name="photos" value=id.clone() /> }).collect_view()}
            {error_of(Field::Photos, "photos-error")}

            <label for="phone">{t!(lang, "appeal-phone")}</label>
            <p class="hint" id="phone-hint">{t!(lang, "appeal-phone-hint")}</p>
            <input
                id="phone"
                name="phone"
                type="tel"
                inputmode="tel"
                autocomplete="tel"
                value=values.phone.clone().unwrap_or_default()
                aria-describedby="phone-hint phone-error"
            />
            {error_of(Field::Phone, "phone-error")}

            <label for="name">{t!(lang, "appeal-name")}</label>
            <input
                id="name"
                name="name"
                type="text"
                autocomplete="name"
                maxlength=NAME_MAX_CHARS.to_string()
                value=values.name.clone().unwrap_or_default()
            />
            {error_of(Field::Name, "name-error")}

            <label class="consent">
                <input type="checkbox" name="consent" value="yes" required />
                <span>
                    {t!(lang, "appeal-consent")}
                    " "
                    <a href=paths::privacy(lang)>{t!(lang, "appeal-privacy-link")}</a>
                </span>
            </label>
            <button type="submit" class="button submit">{t!(lang, "appeal-submit")}</button>
        </form>
        <DraftKeeper lang restored_text=t!(lang, "appeal-draft-restored") />
    }
    .into_any()
}

/// `/{lang}/appeal/kept`: what the service worker shows when the form was
/// sent without a network and went into its outbox (`public/sw.js`). The
/// page's script (`public/offline.js`) moves on to the receipt once sent.
#[component]
pub fn AppealKeptPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "appeal-kept-heading") />
        <section class="appeal-kept" data-outbox-kept="">
            <h1>{t!(lang, "appeal-kept-heading")}</h1>
            <p>{t!(lang, "appeal-kept-body")}</p>
            <p class="notice">{t!(lang, "appeal-kept-emergency")}</p>
        </section>
    }
}

/// Township → village as one `<select>` with `<optgroup>`s, which works
/// without any script; shared by the appeal and mediation forms.
#[component]
pub(crate) fn VillageSelect(lang: Lang, townships: Vec<TownshipChoice>, chosen: String) -> impl IntoView {
    view! {
        <label for="village">{t!(lang, "appeal-place")}</label>
        <select id="village" name="village" required aria-describedby="village-error">
            <option value="">{t!(lang, "appeal-place-choose")}</option>
            {townships
                .into_iter()
                .map(|township| {
                    let options = township
                        .villages
                        .into_iter()
                        .map(|v| {
                            let selected = v.id == chosen;
                            view! { <option value=v.id selected=selected>{v.name}</option> }
                        })
                        .collect_view();
                    view! { <optgroup label=township.name>{options}</optgroup> }
                })
                .collect_view()}
        </select>
    }
}

/// Keeps what the resident typed in the phone's storage while they write,
/// and puts it back if the page reloads (WeChat often reloads a page after
/// the camera or another app). Cleared once the receipt is shown. It also
/// starts the "already reported here" notice's updates (`same.rs`).
#[island]
pub fn DraftKeeper(lang: Lang, restored_text: String) -> impl IntoView {
    let restored = RwSignal::new(false);
    #[cfg(not(feature = "hydrate"))]
    let _ = lang;
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        if draft::restore() {
            restored.set(true);
        }
        draft::keep();
        same::follow::form(lang);
    });
    view! {
        <p class="draft-status" role="status">
            {move || restored.get().then(|| restored_text.clone())}
        </p>
    }
}

/// On the receipt: the draft has been sent, forget it.
#[island]
pub fn DraftSent() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| draft::forget());
}

#[cfg(feature = "hydrate")]
mod draft {
    use leptos::prelude::{document, window};
    use wasm_bindgen::{closure::Closure, JsCast};
    use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

    const KEY: &str = "gongdao-appeal-draft";
    const FIELDS: [&str; 3] = ["description", "phone", "name"];

    fn storage() -> Option<web_sys::Storage> {
        window().local_storage().ok().flatten()
    }

    fn text_value(id: &str) -> Option<String> {
        let el = document().get_element_by_id(id)?;
        if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
            return Some(t.value());
        }
        el.dyn_ref::<HtmlInputElement>().map(|i| i.value())
    }

    fn set_text(id: &str, value: &str) {
        let Some(el) = document().get_element_by_id(id) else { return };
        if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
            t.set_value(value);
        } else if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
            i.set_value(value);
        }
    }

    fn checked_category() -> Option<String> {
        let el = document().query_selector("input[name=category]:checked").ok().flatten()?;
        el.dyn_ref::<HtmlInputElement>().map(|i| i.value())
    }

    fn village() -> Option<HtmlSelectElement> {
        document().get_element_by_id("village")?.dyn_into::<HtmlSelectElement>().ok()
    }

    fn save() {
        let mut draft = serde_json::Map::new();
        for id in FIELDS {
            draft.insert(id.into(), text_value(id).unwrap_or_default().into());
        }
        draft.insert("category".into(), checked_category().unwrap_or_default().into());
        draft.insert("village".into(), village().map(|v| v.value()).unwrap_or_default().into());
        if let Some(s) = storage() {
            let _ = s.set_item(KEY, &serde_json::Value::Object(draft).to_string());
        }
    }

    /// A question handed over by the chat widget (`#ask=...`): becomes the
    /// description of a legal consultation.
    fn from_chat() -> bool {
        let hash = window().location().hash().unwrap_or_default();
        let Some(question) = hash.strip_prefix("#ask=") else { return false };
        let Ok(question) = js_sys::decode_uri_component(question) else { return false };
        if text_value("description").is_some_and(|d| !d.is_empty()) {
            return false;
        }
        set_text("description", &String::from(question));
        if let Ok(Some(radio)) = document().query_selector("input[name=category][value=\"legal-consultation\"]") {
            if let Some(radio) = radio.dyn_ref::<HtmlInputElement>() {
                radio.set_checked(true);
            }
        }
        save();
        true
    }

    /// Fills empty fields from the saved draft; true when it did.
    pub fn restore() -> bool {
        if from_chat() {
            return true;
        }
        let Some(saved) = storage().and_then(|s| s.get_item(KEY).ok().flatten()) else { return false };
        let Ok(serde_json::Value::Object(draft)) = serde_json::from_str::<serde_json::Value>(&saved) else {
            return false;
        };
        let get = |k: &str| draft.get(k).and_then(|v| v.as_str()).unwrap_or("").to_owned();
        // What the server sent back (a form with problems) wins over the draft.
        if text_value("description").is_some_and(|d| !d.is_empty()) {
            return false;
        }
        let mut any = false;
        for id in FIELDS {
            let value = get(id);
            if !value.is_empty() {
                set_text(id, &value);
                any = true;
            }
        }
        let category = get("category");
        if let Ok(Some(radio)) = document().query_selector(&format!("input[name=category][value=\"{category}\"]")) {
            if let Some(radio) = radio.dyn_ref::<HtmlInputElement>() {
                radio.set_checked(true);
            }
        }
        if let Some(v) = village() {
            let chosen = get("village");
            if !chosen.is_empty() {
                v.set_value(&chosen);
            }
        }
        any
    }

    /// Saves on every change, from now on.
    pub fn keep() {
        let Ok(Some(form)) = document().query_selector(".appeal-form") else { return };
        let on_change = Closure::<dyn FnMut(web_sys::Event)>::new(|_| save());
        for event in ["input", "change"] {
            let _ = form.add_event_listener_with_callback(event, on_change.as_ref().unchecked_ref());
        }
        // The listener lives as long as the page.
        on_change.forget();
    }

    pub fn forget() {
        if let Some(s) = storage() {
            let _ = s.remove_item(KEY);
        }
    }
}

/// Photos: without the wasm, a plain file field sent with the form. With
/// it, each photo is shrunk on the phone (at most 1280 px, JPEG) and
/// uploaded at once with a progress bar, and the form sends only its id:
/// far fewer bytes over a weak signal.
/// The photo picker's words, looked up by the server: the bundle carries no
/// Fluent files (see `i18n.rs`). `done` holds `{count}` for the number.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PhotoTexts {
    label: String,
    hint: String,
    uploading: String,
    done: String,
    failed: String,
    too_many: String,
}

impl PhotoTexts {
    fn new(lang: Lang) -> PhotoTexts {
        PhotoTexts {
            label: t!(lang, "appeal-photos"),
            hint: t!(lang, "appeal-photos-hint"),
            uploading: t!(lang, "appeal-photo-uploading"),
            done: t!(lang, "appeal-photo-done", count = "{count}"),
            failed: t!(lang, "appeal-photo-failed"),
            too_many: t!(lang, "appeal-photo-too-many"),
        }
    }
}

/// What went wrong with the photos chosen.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))] // Only the browser uploads.
enum PhotoProblem {
    TooMany,
    Failed,
}

#[island]
pub fn PhotoPicker(texts: PhotoTexts) -> impl IntoView {
    let uploaded = RwSignal::new(Vec::<String>::new());
    let progress = RwSignal::new(None::<u32>);
    let problem = RwSignal::new(None::<PhotoProblem>);
    let input = NodeRef::<leptos::html::Input>::new();
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        // From now on the script uploads; the form must not send the files again.
        if let Some(input) = input.get() {
            let _ = input.remove_attribute("name");
        }
    });
    let on_change = move |_| {
        #[cfg(feature = "hydrate")]
        photos::upload_chosen(input, uploaded, progress, problem);
    };
    let texts = StoredValue::new(texts);
    view! {
        <label for="photo">{texts.read_value().label.clone()}</label>
        <p class="hint">{texts.read_value().hint.clone()}</p>
        <input id="photo" node_ref=input type="file" name="photo" accept="image/*" multiple on:change=on_change />
        {move || {
            progress
                .get()
                .map(|p| {
                    view! {
                        <p class="uploading" role="status">
                            {texts.read_value().uploading.clone()}
                            <progress max="100" value=p.to_string()>{format!("{p}%")}</progress>
                        </p>
                    }
                })
        }}
        <p class="photos-done" role="status">
            {move || {
                let n = uploaded.with(Vec::len);
                (n > 0).then(|| texts.read_value().done.replace("{count}", &n.to_string()))
            }}
        </p>
        {move || {
            problem.get().map(|p| {
                let text = match p {
                    PhotoProblem::TooMany => texts.read_value().too_many.clone(),
                    PhotoProblem::Failed => texts.read_value().failed.clone(),
                };
                view! { <p class="field-error" role="alert">{text}</p> }
            })
        }}
        {move || {
            uploaded
                .get()
                .into_iter()
                .map(|id| view! { <input type="hidden" name="photos" value=id /> })
                .collect_view()
        }}
    }
}

#[cfg(feature = "hydrate")]
mod photos {
    use super::PhotoProblem;
    use domain::appeal::MAX_PHOTOS;
    use leptos::prelude::*;
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{Blob, CanvasRenderingContext2d, File, FormData, HtmlCanvasElement, ImageBitmap, XmlHttpRequest};

    const MAX_SIDE: f64 = 1280.0;

    pub fn upload_chosen(
        input: NodeRef<leptos::html::Input>,
        uploaded: RwSignal<Vec<String>>,
        progress: RwSignal<Option<u32>>,
        problem: RwSignal<Option<PhotoProblem>>,
    ) {
        let Some(input) = input.get() else { return };
        let Some(files) = input.files() else { return };
        let files: Vec<File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        input.set_value("");
        problem.set(None);
        leptos::task::spawn_local(async move {
            for file in files {
                if uploaded.with_untracked(Vec::len) >= MAX_PHOTOS {
                    problem.set(Some(PhotoProblem::TooMany));
                    break;
                }
                progress.set(Some(0));
                let result = async {
                    let blob = shrink(&file).await.unwrap_or_else(|| file.clone().into());
                    upload(&blob, progress).await
                };
                match result.await {
                    Some(id) => uploaded.update(|ids| ids.push(id)),
                    None => problem.set(Some(PhotoProblem::Failed)),
                }
                progress.set(None);
            }
        });
    }

    /// Draws the photo at most 1280 px on its longer side and re-encodes it
    /// as JPEG: a phone photo of 4 MB becomes about 200 KB, and the
    /// re-encoding drops its EXIF (the server strips it again anyway).
    async fn shrink(file: &File) -> Option<Blob> {
        let bitmap: ImageBitmap =
            JsFuture::from(window().create_image_bitmap_with_blob(file).ok()?).await.ok()?.dyn_into().ok()?;
        let (w, h) = (f64::from(bitmap.width()), f64::from(bitmap.height()));
        let scale = (MAX_SIDE / w.max(h)).min(1.0);
        let canvas: HtmlCanvasElement = document().create_element("canvas").ok()?.dyn_into().ok()?;
        canvas.set_width((w * scale).round() as u32);
        canvas.set_height((h * scale).round() as u32);
        let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        context.draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, w * scale, h * scale).ok()?;
        let promise = js_sys::Promise::new(&mut |resolve, _reject| {
            let done = Closure::once_into_js(move |blob: JsValue| {
                let _ = resolve.call1(&JsValue::NULL, &blob);
            });
            let _ =
                canvas.to_blob_with_type_and_encoder_options(done.unchecked_ref(), "image/jpeg", &JsValue::from(0.82));
        });
        JsFuture::from(promise).await.ok()?.dyn_into().ok()
    }

    /// Sends one photo with XMLHttpRequest, the one browser API that
    /// reports upload progress; returns its id.
    async fn upload(blob: &Blob, progress: RwSignal<Option<u32>>) -> Option<String> {
        let form = FormData::new().ok()?;
        form.append_with_blob_and_filename("photo", blob, "photo.jpg").ok()?;
        let xhr = XmlHttpRequest::new().ok()?;
        xhr.open("POST", "/api/uploads").ok()?;
        let on_progress = Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |e: web_sys::ProgressEvent| {
            if e.length_computable() && e.total() > 0.0 {
                progress.set(Some((e.loaded() / e.total() * 100.0) as u32));
            }
        });
        xhr.upload().ok()?.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
        let finished = js_sys::Promise::new(&mut |resolve, _reject| {
            let done = Closure::once_into_js(move || {
                let _ = resolve.call0(&JsValue::NULL);
            });
            xhr.set_onloadend(Some(done.unchecked_ref()));
        });
        xhr.send_with_opt_form_data(Some(&form)).ok()?;
        JsFuture::from(finished).await.ok()?;
        drop(on_progress);
        if xhr.status().ok()? != 201 {
            return None;
        }
        let body = xhr.response_text().ok()??;
        let json: serde_json::Value = serde_json::from_str(&body).ok()?;
        json["id"].as_str().map(str::to_owned)
    }
}
