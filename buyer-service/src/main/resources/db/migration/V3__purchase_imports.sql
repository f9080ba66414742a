-- One import of a ma-cantine purchase file: its outcome, counts, and the file's SHA-256, by which a
-- file already imported (or being imported) is recognised.
create table purchase_import (
    id              uuid primary key,
    status          varchar(10)  not null,
    mode            varchar(10)  not null,
    content_sha256  varchar(64)  not null,
    format          varchar(30)  not null,
    separator       varchar(2)   not null,
    lines_read      bigint       not null,
    lines_processed bigint       not null,
    lines_imported  bigint       not null,
    error_count     bigint       not null,
    detail          varchar(500),
    requested_by    varchar(200) not null,
    started_at      timestamptz  not null,
    finished_at     timestamptz
);
-- At most one live import per file content: a concurrent duplicate fails here.
create unique index purchase_import_one_live_per_content on purchase_import (content_sha256)
    where status in ('RUNNING', 'SUCCEEDED');

-- The first errors of an import (capped; error_count has the total).
create table purchase_import_error (
    import_id   uuid         not null references purchase_import (id),
    seq         integer      not null,
    line        bigint       not null,
    column_name varchar(100),
    message     varchar(500) not null,
    primary key (import_id, seq)
);

alter table purchase add column import_id uuid references purchase_import (id);
