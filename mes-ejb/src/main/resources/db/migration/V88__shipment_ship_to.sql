-- A shipment's ship-to address: the customer's address the goods went to, copied onto the shipment when it is made
-- (the customer's addresses may be changed or removed later; the packing list must still say where the goods went).
-- ship_to_address_id names the address it was copied from, without a foreign key for the same reason. Shipments made
-- before this migration, and those of customers without any address, have none: all columns null together.

alter table shipment add column ship_to_address_id   bigint;
alter table shipment add column ship_to_label        varchar(80);
alter table shipment add column ship_to_street       varchar(200);
alter table shipment add column ship_to_city         varchar(120);
alter table shipment add column ship_to_postal_code  varchar(20);
alter table shipment add column ship_to_country_code char(2);

alter table shipment add constraint shipment_ship_to_ck check (
    (ship_to_address_id is null and ship_to_label is null and ship_to_street is null and ship_to_city is null
        and ship_to_postal_code is null and ship_to_country_code is null)
    or (ship_to_address_id is not null and ship_to_label is not null and ship_to_street is not null
        and ship_to_city is not null and ship_to_country_code is not null));
