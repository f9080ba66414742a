-- A groupement de commandes (CCP L2113-6 to L2113-8): canteens that tender together under a
-- coordinator, for a period. The id is chosen by the caller, so that an operator's token can name
-- the group (claim group_ids) before it exists.
create table purchasing_group (
    id          uuid primary key,
    name        varchar(200) not null,
    coordinator varchar(200) not null,
    start_date  date         not null,
    end_date    date         not null,
    version     bigint       not null,
    created_at  timestamptz  not null,
    changed_at  timestamptz  not null,
    constraint purchasing_group_period check (end_date >= start_date)
);

-- Its member canteens. A canteen may be in several groups.
create table purchasing_group_member (
    group_id   uuid not null references purchasing_group (id) on delete cascade,
    canteen_id uuid not null references canteen (id),
    primary key (group_id, canteen_id)
);
-- Who reaches what: the groups of a buyer's canteens, the canteens of an operator's groups.
create index purchasing_group_member_by_canteen on purchasing_group_member (canteen_id);
