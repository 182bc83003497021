//! Volunteers in the console (`server/src/staff/volunteers.rs`):
//! applications to decide, team rosters, the grids without volunteer
//! police, patrol shifts with attendance, and handing an appeal to a team.

use super::LANG;
use crate::t;
use domain::{
    appeal::Choice,
    paths,
    staff::StaffUser,
    time::china_time,
    volunteer::{TeamTask, VolunteerDesk, VolunteerLine, PLACES_MAX, PLACE_MAX_CHARS, POLICE},
};
use leptos::prelude::*;

fn message(id: Option<String>) -> Option<String> {
    id.filter(|id| id.contains('-')).map(|id| crate::i18n::loader(LANG).get(&id))
}

fn options(choices: &[Choice]) -> impl IntoView {
    choices.iter().map(|c| view! { <option value=c.id.clone()>{c.name.clone()}</option> }).collect_view()
}

#[component]
pub fn VolunteersDesk(
    user: StaffUser,
    desk: VolunteerDesk,
    done: Option<String>,
    error: Option<String>,
) -> impl IntoView {
    let VolunteerDesk { pending, rosters, accounts, roles, grids, station, grids_without, shifts } = desk;
    let csrf = user.csrf_token.clone();
    let no_pending = pending.is_empty();
    let all_covered = grids_without.is_empty();
    view! {
        <p><a href=paths::staff()>{t!(LANG, "staff-back")}</a></p>
        <h1>{t!(LANG, "staff-volunteers")}</h1>
        {done.map(|_| view! { <p class="ok" role="status">{t!(LANG, "staff-done")}</p> })}
        {message(error).map(|text| view! { <p class="error" role="alert">{text}</p> })}
        <h2>{t!(LANG, "staff-volunteers-pending")}</h2>
        {no_pending.then(|| view! { <p>{t!(LANG, "staff-volunteers-none")}</p> })}
        <ul class="queue">
            {pending
                .into_iter()
                .map(|line| {
                    view! {
                        <Application
                            line
                            csrf=csrf.clone()
                            accounts=accounts.clone()
                            roles=roles.clone()
                            grids=grids.clone()
                        />
                    }
                })
                .collect_view()}
        </ul>
        <h2>{t!(LANG, "staff-volunteers-rosters")}</h2>
        {rosters
            .into_iter()
            .map(|(team, members)| {
                view! {
                    <h3>{team}</h3>
                    <ul class="roster">
                        {members.into_iter().map(|m| view! { <li><Who line=m /></li> }).collect_view()}
                    </ul>
                }
            })
            .collect_view()}
        {station.then(|| view! {
            <h2>{t!(LANG, "staff-volunteer-grids-without")}</h2>
            <p class="grids-without">
                {if all_covered { t!(LANG, "staff-volunteer-grids-all") } else { grids_without.join("、") }}
            </p>
            <h2>{t!(LANG, "staff-patrols")}</h2>
            <ul class="shifts">
                {shifts.into_iter().map(|s| {
                    let id = s.shift.id.clone();
                    view! {
                        <li class="shift">
                            <time>{china_time(s.shift.starts_at)}</time> " · " {s.shift.place} " · "
                            {s.shift.places - s.shift.free} "/" {s.shift.places}
                            <ul>
                                {s.volunteers.into_iter().map(|(no, name, attended)| {
                                    let (id, csrf) = (id.clone(), csrf.clone());
                                    view! {
                                        <li>
                                            {name} " "
                                            {if attended {
                                                view! { <b>{t!(LANG, "staff-patrol-was-there")}</b> }.into_any()
                                            } else {
                                                view! {
                                                    <form class="attendance" method="post" action=paths::staff_patrol(&id)>
                                                        <input type="hidden" name="csrf" value=csrf />
                                                        <input type="hidden" name="volunteer" value=no />
                                                        <button type="submit" class="button secondary">{t!(LANG, "staff-patrol-attended")}</button>
                                                    </form>
                                                }.into_any()
                                            }}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <form class="appeal-form" method="post" action=paths::staff_patrols()>
                <input type="hidden" name="csrf" value=csrf.clone() />
                <label for="when">{t!(LANG, "staff-patrol-when")}</label>
                <input id="when" name="when" type="datetime-local" required />
                <label for="grid">{t!(LANG, "staff-patrol-grid")}</label>
                <select id="grid" name="grid">
                    <option value="">"—"</option>
                    {options(&grids)}
                </select>
                <label for="place">{t!(LANG, "staff-patrol-place")}</label>
                <input id="place" name="place" maxlength=PLACE_MAX_CHARS.to_string() />
                <label for="places">{t!(LANG, "staff-patrol-places")}</label>
                <input id="places" name="places" type="number" min="1" max=PLACES_MAX.to_string() value="2" required />
                <button type="submit" class="button">{t!(LANG, "staff-patrol-publish")}</button>
            </form>
        })}
    }
}

#[component]
fn Who(line: VolunteerLine) -> impl IntoView {
    view! {
        <span class="volunteer">
            {line.name} " · " {line.phone} " · " {line.village_name} " · " {line.team_name}
            {line.role.map(|r| view! { " · " {r} })}
            {line.grid.map(|g| view! { " · " {g} })}
        </span>
    }
}

#[component]
fn Application(
    line: VolunteerLine,
    csrf: String,
    accounts: Vec<Choice>,
    roles: Vec<Choice>,
    grids: Vec<Choice>,
) -> impl IntoView {
    let police = line.team == POLICE;
    let action = paths::staff_volunteer(&line.application_no);
    let field = |name: &str| format!("{}-{name}", line.application_no);
    let (account_id, role_id, grid_id) = (field("account"), field("role"), field("grid"));
    view! {
        <li class="application">
            <Who line=line.clone() />
            <form method="post" action=action>
                <input type="hidden" name="csrf" value=csrf />
                {police.then(|| view! {
                    <label for=role_id.clone()>{t!(LANG, "staff-volunteer-role")}</label>
                    <select id=role_id.clone() name="role">{options(&roles)}</select>
                    <label for=grid_id.clone()>{t!(LANG, "staff-volunteer-grid")}</label>
                    <select id=grid_id.clone() name="grid">{options(&grids)}</select>
                })}
                <label for=account_id.clone()>{t!(LANG, "staff-volunteer-account")}</label>
                <select id=account_id.clone() name="account">
                    <option value="">{t!(LANG, "staff-volunteer-no-account")}</option>
                    {options(&accounts)}
                </select>
                <button type="submit" class="button" name="action" value="approve">{t!(LANG, "staff-volunteer-approve")}</button>
                " "
                <button type="submit" class="button secondary" name="action" value="decline">{t!(LANG, "staff-volunteer-decline")}</button>
            </form>
        </li>
    }
}

/// On an open appeal: hand it to a team of its village, or record the
/// team's part done with the members who took part.
#[component]
pub fn TeamForms(user: StaffUser, no: String, teams: Vec<Choice>, task: Option<TeamTask>) -> impl IntoView {
    let action = format!("{}/team", paths::staff_appeal(&no));
    let csrf = user.csrf_token;
    let can_hand = !teams.is_empty() && !task.as_ref().is_some_and(|t| t.done);
    view! {
        {task.clone().filter(|t| !t.done).map(|task| {
            let none = task.members.is_empty();
            view! {
                <form class="resident-action team-done" method="post" action=action.clone()>
                    <input type="hidden" name="csrf" value=csrf.clone() />
                    <input type="hidden" name="action" value="done" />
                    <p>{t!(LANG, "staff-team-handed", team = task.team_name.clone())}</p>
                    {none.then(|| view! { <p>{t!(LANG, "staff-team-no-members")}</p> })}
                    {task.members.into_iter().map(|m| view! {
                        <label class="check">
                            <input type="checkbox" name=format!("m-{}", m.application_no) value="on" />
                            {m.name}
                        </label>
                    }).collect_view()}
                    <button type="submit" class="button">{t!(LANG, "staff-team-done")}</button>
                </form>
            }
        })}
        {can_hand.then(|| view! {
            <form class="resident-action" method="post" action=action.clone()>
                <input type="hidden" name="csrf" value=csrf.clone() />
                <input type="hidden" name="action" value="hand" />
                <label for="team">{t!(LANG, "staff-team")}</label>
                <select id="team" name="team" required>{options(&teams)}</select>
                <button type="submit" class="button secondary">{t!(LANG, "staff-team-send")}</button>
            </form>
        })}
    }
}
