-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleDerived" BOOLEAN NOT NULL DEFAULT false,
    "language" TEXT NOT NULL,
    "publishedAt" DATETIME,
    "url" TEXT,
    "publisher" TEXT,
    "source" TEXT,
    "photoCredit" TEXT,
    "contentHash" TEXT NOT NULL,
    "provenance" TEXT NOT NULL DEFAULT 'CURATED',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "translationOfId" INTEGER,
    CONSTRAINT "Article_translationOfId_fkey" FOREIGN KEY ("translationOfId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("contentHash", "createdAt", "id", "language", "photoCredit", "provenance", "publishedAt", "publisher", "slug", "source", "title", "titleDerived", "translationOfId", "updatedAt", "url") SELECT "contentHash", "createdAt", "id", "language", "photoCredit", "provenance", "publishedAt", "publisher", "slug", "source", "title", "titleDerived", "translationOfId", "updatedAt", "url" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt", "id");
CREATE INDEX "Article_language_publishedAt_idx" ON "Article"("language", "publishedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
