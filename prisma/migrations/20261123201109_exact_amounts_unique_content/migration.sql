-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_TradeFigure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "blockIndex" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER,
    "amount" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "sourcePersonId" INTEGER,
    "sourceOrganizationId" INTEGER,
    "provenance" TEXT NOT NULL,
    "confidence" REAL NOT NULL DEFAULT 1,
    CONSTRAINT "TradeFigure_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TradeFigure_sourcePersonId_fkey" FOREIGN KEY ("sourcePersonId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "TradeFigure_sourceOrganizationId_fkey" FOREIGN KEY ("sourceOrganizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Amounts become text in their exact digits. Values SQLite had already turned into floats
-- keep the digits the float holds.
INSERT INTO "new_TradeFigure" ("amount", "articleId", "blockIndex", "confidence", "currency", "end", "id", "kind", "provenance", "sourceOrganizationId", "sourcePersonId", "start", "status", "text", "year") SELECT CAST("amount" AS TEXT), "articleId", "blockIndex", "confidence", "currency", "end", "id", "kind", "provenance", "sourceOrganizationId", "sourcePersonId", "start", "status", "text", "year" FROM "TradeFigure";
DROP TABLE "TradeFigure";
ALTER TABLE "new_TradeFigure" RENAME TO "TradeFigure";
CREATE INDEX "TradeFigure_articleId_idx" ON "TradeFigure"("articleId");
CREATE INDEX "TradeFigure_kind_year_idx" ON "TradeFigure"("kind", "year");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Texts stored twice before content hashes were unique: the later copies keep their rows and
-- get a marked hash, so that the index can be built and `npm run article -- delete` can
-- remove them. They are listed by:
--   SELECT "slug" FROM "Article" WHERE "contentHash" LIKE '%-duplicate-%';
UPDATE "Article" SET "contentHash" = "contentHash" || '-duplicate-' || "id"
WHERE "id" NOT IN (SELECT MIN("id") FROM "Article" GROUP BY "contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");
