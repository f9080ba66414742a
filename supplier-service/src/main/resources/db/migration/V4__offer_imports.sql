-- Imports of offer files (POST /suppliers/{id}/offer-imports): counts, rejected lines, and the file's
-- SHA-256, by which the same file sent again to the same supplier is recognised.
create table offer_import (
    id               uuid primary key,
    supplier_id      uuid        not null references supplier (id),
    mode             varchar(10) not null,
    content_sha256   varchar(64) not null,
    separator        varchar(2)  not null,
    lines_read       bigint      not null,
    offers_published bigint      not null,
    lines_rejected   bigint      not null,
    imported_at      timestamptz not null,
    -- a concurrent upload of the same file fails here instead of applying it twice
    constraint offer_import_once_per_supplier unique (supplier_id, content_sha256)
);

-- Every rejected line of an import, with its column and reason.
create table offer_import_error (
    import_id   uuid         not null references offer_import (id),
    seq         integer      not null,
    line        bigint       not null,
    column_name varchar(100),
    message     varchar(500) not null,
    primary key (import_id, seq)
);
