-- What billing needs of a client for EN 16931 e-invoices (issue 17): all optional.
ALTER TABLE client_summary
    ADD COLUMN vat_id          VARCHAR(30),
    ADD COLUMN buyer_reference VARCHAR(100),
    ADD COLUMN invoice_email   VARCHAR(254);
