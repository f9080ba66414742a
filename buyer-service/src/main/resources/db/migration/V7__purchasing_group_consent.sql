-- Membership of a purchasing group opens the canteen's purchases to the group's operators, so it
-- needs two yeses: the group's coordinator's and the canteen's buyer's. A yes waiting for the other
-- side is kept here: an invitation (asked_by GROUP) or a join request (asked_by CANTEEN). The second
-- yes deletes the row and adds the canteen to purchasing_group_member; a member has no row here.
-- Memberships recorded before this migration are kept as they are.
create table purchasing_group_pending (
    group_id   uuid        not null references purchasing_group (id) on delete cascade,
    canteen_id uuid        not null references canteen (id),
    asked_by   varchar(7)  not null,
    asked_at   timestamptz not null,
    primary key (group_id, canteen_id),
    constraint purchasing_group_pending_side check (asked_by in ('GROUP', 'CANTEEN'))
);
-- A canteen's invitations.
create index purchasing_group_pending_by_canteen on purchasing_group_pending (canteen_id, asked_by);
