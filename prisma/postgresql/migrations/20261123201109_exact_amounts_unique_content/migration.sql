-- AlterTable: amounts become text in their exact digits, without the trailing zeros of
-- DECIMAL(65,30) ("3400000000.000…" becomes "3400000000").
ALTER TABLE "TradeFigure" ALTER COLUMN "amount" SET DATA TYPE TEXT USING trim_scale("amount")::text;

-- Texts stored twice before content hashes were unique: the later copies keep their rows and
-- get a marked hash, so that the index can be built and `npm run article -- delete` can
-- remove them. They are listed by:
--   SELECT "slug" FROM "Article" WHERE "contentHash" LIKE '%-duplicate-%';
UPDATE "Article" SET "contentHash" = "contentHash" || '-duplicate-' || "id"
WHERE "id" NOT IN (SELECT MIN("id") FROM "Article" GROUP BY "contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");
