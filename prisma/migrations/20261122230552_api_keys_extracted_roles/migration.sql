-- CreateTable
CREATE TABLE "ApiKey" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    "lastUsedAt" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Role" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "titleEn" TEXT,
    "titleAr" TEXT,
    "organizationId" INTEGER,
    "countryId" INTEGER,
    "startedOn" DATETIME,
    "endedOn" DATETIME,
    "provenance" TEXT NOT NULL DEFAULT 'CURATED',
    "confidence" REAL NOT NULL DEFAULT 1,
    CONSTRAINT "Role_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Role_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Role_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Role" ("confidence", "countryId", "endedOn", "id", "organizationId", "personId", "provenance", "startedOn", "titleAr", "titleEn") SELECT "confidence", "countryId", "endedOn", "id", "organizationId", "personId", "provenance", "startedOn", "titleAr", "titleEn" FROM "Role";
DROP TABLE "Role";
ALTER TABLE "new_Role" RENAME TO "Role";
CREATE INDEX "Role_personId_idx" ON "Role"("personId");
CREATE INDEX "Role_countryId_idx" ON "Role"("countryId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");
