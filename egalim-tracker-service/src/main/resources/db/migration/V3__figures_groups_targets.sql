-- Issue 5: what the figures need of each line, the canteens' territory and SIRET, purchasing groups,
-- the per-cell sums kept with every line change, and the last known status against each target.

alter table purchase_line
    add column local            boolean     not null default false,
    add column local_definition varchar(20);

alter table tracked_canteen
    add column siret     varchar(14),
    add column territory varchar(30) not null default 'METROPOLE';
update tracked_canteen set territory = case
    when department_code = '971' then 'GUADELOUPE'
    when department_code = '972' then 'MARTINIQUE'
    when department_code = '973' then 'GUYANE'
    when department_code = '974' then 'LA_REUNION'
    when department_code = '975' then 'SAINT_PIERRE_ET_MIQUELON'
    when department_code = '976' then 'MAYOTTE'
    when department_code = '977' then 'SAINT_BARTHELEMY'
    when department_code = '978' then 'SAINT_MARTIN'
    when department_code like '98%' then 'AUTRE_OUTRE_MER'
    else 'METROPOLE' end;

-- Sums of the counted lines per cell (see domain Cell): the ledger subtracts a line's old cell and adds
-- its new one in the transaction that changes the line, so a read sums at most a few hundred rows per
-- canteen and year instead of every purchase line. Kept incrementally rather than by GROUP BY at read
-- time because the target check runs after every purchase event (alerts), not only on reads.
create table share_cell (
    canteen_id       uuid           not null,
    year             integer        not null,
    month            integer        not null,
    family           varchar(30)    not null,
    bucket           varchar(30)    not null,
    local            boolean        not null,
    local_definition varchar(20)    not null,
    france           boolean        not null,
    fair_trade       boolean        not null,
    amount           numeric(16, 2) not null,
    lines            bigint         not null,
    primary key (canteen_id, year, month, family, bucket, local, local_definition, france, fair_trade)
);

-- Lines counted before this migration: their cells, with the precedence of domain.md §2.1. Local was
-- not kept then: those lines count as not local until buyer-service corrects them.
insert into share_cell
select canteen_id, extract(year from purchase_date)::int, extract(month from purchase_date)::int, family,
       case
           when ',' || labels || ',' like '%,BIO,%' then 'BIO'
           when ',' || labels || ',' like '%,LABEL_ROUGE,%' then 'LABEL_ROUGE'
           when ',' || labels || ',' ~ ',(AOCAOP|IGP|STG),' then 'AOCAOP_IGP_STG'
           when ',' || labels || ',' like '%,HVE,%' then 'HVE'
           when ',' || labels || ',' like '%,PECHE_DURABLE,%' then 'PECHE_DURABLE'
           when ',' || labels || ',' like '%,RUP,%' then 'RUP'
           when ',' || labels || ',' like '%,COMMERCE_EQUITABLE,%' then 'COMMERCE_EQUITABLE'
           when ',' || labels || ',' like '%,FERMIER,%' then 'FERMIER'
           when ',' || labels || ',' like '%,EXTERNALITES,%' then 'EXTERNALITES'
           when ',' || labels || ',' like '%,PERFORMANCE,%' then 'PERFORMANCE'
           else 'NON_EGALIM' end,
       false, '', ',' || labels || ',' like '%,FRANCE,%', ',' || labels || ',' like '%,COMMERCE_EQUITABLE,%',
       sum(amount_excl_tax), count(*)
from purchase_line
where not deleted
group by 1, 2, 3, 4, 5, 6, 7, 8, 9;

-- Purchasing groups as announced on groups.events (whole state, highest version wins).
create table tracked_group (
    id      uuid primary key,
    name    varchar(200) not null,
    version bigint       not null
);
create table group_member (
    group_id   uuid not null references tracked_group (id) on delete cascade,
    canteen_id uuid not null,
    primary key (group_id, canteen_id)
);
create index group_member_by_canteen on group_member (canteen_id);

-- The last status of each canteen, year and target, to announce only changes (egalim.alerts).
create table target_status (
    canteen_id uuid        not null,
    year       integer     not null,
    target     varchar(20) not null,
    met        boolean     not null,
    primary key (canteen_id, year, target)
);
