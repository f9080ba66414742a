-- The five sums the targets are checked against (domain TargetBasis), per canteen and year, changed by
-- the same deltas as share_cell in the same transaction: a target check reads one row per canteen-year
-- instead of summing the year's cells, which grew with the year's purchases. lines = counted lines,
-- so that a canteen's years with purchases are known without reading its cells.
create table canteen_year_total (
    canteen_id           uuid           not null,
    year                 integer        not null,
    total                numeric(16, 2) not null,
    bio                  numeric(16, 2) not null,
    durable_and_quality  numeric(16, 2) not null,
    meat_and_fish        numeric(16, 2) not null,
    meat_and_fish_egalim numeric(16, 2) not null,
    lines                bigint         not null,
    primary key (canteen_id, year)
);

-- The lines counted so far, through their cells (which V3 built from the lines and the ledger has kept since).
insert into canteen_year_total
select canteen_id, year, sum(amount),
       coalesce(sum(amount) filter (where bucket = 'BIO'), 0),
       coalesce(sum(amount) filter (where bucket <> 'NON_EGALIM'), 0),
       coalesce(sum(amount) filter (where family in ('VIANDES_VOLAILLES', 'PRODUITS_DE_LA_MER')), 0),
       coalesce(sum(amount) filter (where family in ('VIANDES_VOLAILLES', 'PRODUITS_DE_LA_MER')
           and bucket <> 'NON_EGALIM'), 0),
       sum(lines)
from share_cell
group by canteen_id, year;
