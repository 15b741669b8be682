-- Accounts that can be revoked (issue 15): every change to a user bumps its security_version, which both services
-- read on every request, so no remembered sign-in or browser session outlives the change; user names are unique
-- whatever their case; and an insert-only audit trail of administrator actions and failed sign-ins.

alter table access.app_user
    add column security_version bigint      not null default 0,
    add column changed_at       timestamptz not null default now(),
    add column changed_by       text;

-- Renaming a clashing user (below) must carry its roles and boards along.
alter table access.user_role drop constraint user_role_username_fkey,
    add constraint user_role_username_fkey foreign key (username) references access.app_user
        on delete cascade on update cascade;
alter table access.user_board drop constraint user_board_username_fkey,
    add constraint user_board_username_fkey foreign key (username) references access.app_user
        on delete cascade on update cascade;

create table access.audit_entry (
    id             bigserial   primary key,
    at             timestamptz not null default clock_timestamp(),
    actor          text        not null,
    action         text        not null,
    subject        text,
    detail         text,
    client_address text
);

create index audit_entry_at on access.audit_entry (at desc, id desc);

-- The trail is never edited: rows are only ever inserted.
create function access.audit_entry_is_insert_only() returns trigger language plpgsql as $$
begin
    raise exception 'access.audit_entry is insert-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_insert_only
    before update or delete on access.audit_entry
    for each row execute function access.audit_entry_is_insert_only();

create trigger audit_entry_never_truncated
    before truncate on access.audit_entry
    for each statement execute function access.audit_entry_is_insert_only();

-- Names that differ only in case were accepted before: the oldest keeps its name; any other is disabled and renamed
-- '<name>#<n>' (a name no sign-in can use), its roles and boards kept, and the renaming is recorded in the trail.
with clashing as (
    select username,
           row_number() over (partition by lower(username) order by created_at, username) as rank
    from access.app_user
),
renamed as (
    update access.app_user u
    set username = u.username || '#' || c.rank,
        enabled = false,
        security_version = u.security_version + 1,
        changed_at = now(),
        changed_by = 'system'
    from clashing c
    where c.username = u.username and c.rank > 1
    returning c.username as old_name, u.username as new_name
)
insert into access.audit_entry (actor, action, subject, detail)
select 'system', 'user-renamed', new_name,
       'user name clashed with another in all but case: renamed from ' || old_name || ' and disabled'
from renamed;

create unique index app_user_username_any_case on access.app_user (lower(username));
