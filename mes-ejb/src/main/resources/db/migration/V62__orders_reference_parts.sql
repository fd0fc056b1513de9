-- Quote lines, customer order lines and manufacturing orders name a part of the part master (V50): a part that
-- orders refer to cannot be deleted (it is made obsolete instead).

alter table quote_line
    add constraint quote_line_part_fk foreign key (part_id) references part (id);
alter table customer_order_line
    add constraint customer_order_line_part_fk foreign key (part_id) references part (id);
alter table manufacturing_order
    add constraint manufacturing_order_part_fk foreign key (part_id) references part (id);

create index quote_line_part_ix on quote_line (part_id);
create index customer_order_line_part_ix on customer_order_line (part_id);
create index manufacturing_order_part_ix on manufacturing_order (part_id);
