-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT,
    "nameRu" TEXT,
    "provenance" TEXT NOT NULL DEFAULT 'CURATED',
    "confidence" REAL NOT NULL DEFAULT 1,
    "named" BOOLEAN NOT NULL DEFAULT true
);
INSERT INTO "new_Person" ("confidence", "id", "nameAr", "nameEn", "nameRu", "provenance", "slug") SELECT "confidence", "id", "nameAr", "nameEn", "nameRu", "provenance", "slug" FROM "Person";
DROP TABLE "Person";
ALTER TABLE "new_Person" RENAME TO "Person";
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
