-- One name per module, with its accents (issue 16): "État civil" and "Élections", as the
-- announcements and the menus already wrote them. Contracts, Demandes (and what a typed request
-- asked), FAQ articles and announcements; the audit log and the Demandes' history are never
-- rewritten (lib/accounts/product-modules.ts reads their former names).
UPDATE "contracts" SET "modules" = array_replace(array_replace("modules", 'Etat civil', 'État civil'), 'Elections', 'Élections')
WHERE "modules" && ARRAY['Etat civil', 'Elections'];--> statement-breakpoint
UPDATE "tickets" SET "module" = CASE "module" WHEN 'Etat civil' THEN 'État civil' ELSE 'Élections' END
WHERE "module" IN ('Etat civil', 'Elections');--> statement-breakpoint
UPDATE "tickets" SET "request_details" = jsonb_set("request_details", '{scope}', to_jsonb(CASE "request_details"->>'scope' WHEN 'Etat civil' THEN 'État civil' ELSE 'Élections' END))
WHERE "request_details"->>'kind' = 'restore' AND "request_details"->>'scope' IN ('Etat civil', 'Elections');--> statement-breakpoint
UPDATE "tickets" SET "request_details" = jsonb_set(
  "request_details",
  '{modules}',
  (SELECT jsonb_agg(CASE module WHEN 'Etat civil' THEN 'État civil' WHEN 'Elections' THEN 'Élections' ELSE module END ORDER BY position)
   FROM jsonb_array_elements_text("request_details"->'modules') WITH ORDINALITY AS listed(module, position))
)
WHERE "request_details"->>'kind' = 'software_account' AND "request_details"->'modules' ?| ARRAY['Etat civil', 'Elections'];--> statement-breakpoint
UPDATE "faq_articles" SET "module" = CASE "module" WHEN 'Etat civil' THEN 'État civil' ELSE 'Élections' END
WHERE "module" IN ('Etat civil', 'Elections');--> statement-breakpoint
UPDATE "announcements" SET "module" = CASE "module" WHEN 'Etat civil' THEN 'État civil' ELSE 'Élections' END
WHERE "module" IN ('Etat civil', 'Elections');
