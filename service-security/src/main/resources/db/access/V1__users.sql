-- Users of both services, their roles and the boards they work for. Passwords are bcrypt hashes; a board code of
-- '*' stands for every board. Owned by the service-security module (its own Flyway history in this schema).
create table access.app_user (
    username      text primary key,
    password_hash text        not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    created_by    text        not null
);

create table access.user_role (
    username text not null references access.app_user on delete cascade,
    role     text not null check (role in ('ADMIN', 'ANALYST', 'VIEWER', 'AUDITOR', 'MONITOR')),
    primary key (username, role)
);

create table access.user_board (
    username   text not null references access.app_user on delete cascade,
    board_code text not null,
    primary key (username, board_code)
);
