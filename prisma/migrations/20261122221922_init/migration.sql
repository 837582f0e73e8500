-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleDerived" BOOLEAN NOT NULL DEFAULT false,
    "language" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL,
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

-- CreateTable
CREATE TABLE "ArticleBlock" (
    "articleId" INTEGER NOT NULL,
    "index" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    PRIMARY KEY ("articleId", "index"),
    CONSTRAINT "ArticleBlock_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT,
    "nameRu" TEXT,
    "provenance" TEXT NOT NULL DEFAULT 'CURATED',
    "confidence" REAL NOT NULL DEFAULT 1
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'OTHER',
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT,
    "nameRu" TEXT,
    "countryId" INTEGER,
    "provenance" TEXT NOT NULL DEFAULT 'CURATED',
    "confidence" REAL NOT NULL DEFAULT 1,
    CONSTRAINT "Organization_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Place" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT,
    "nameRu" TEXT,
    "iso2" TEXT,
    "parentId" INTEGER,
    "provenance" TEXT NOT NULL DEFAULT 'CURATED',
    "confidence" REAL NOT NULL DEFAULT 1,
    CONSTRAINT "Place_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Alias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "text" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "personId" INTEGER,
    "organizationId" INTEGER,
    "placeId" INTEGER,
    "provenance" TEXT NOT NULL DEFAULT 'CURATED',
    CONSTRAINT "Alias_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Alias_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Alias_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Role" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "titleEn" TEXT NOT NULL,
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

-- CreateTable
CREATE TABLE "Mention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "blockIndex" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "personId" INTEGER,
    "organizationId" INTEGER,
    "placeId" INTEGER,
    "provenance" TEXT NOT NULL,
    "confidence" REAL NOT NULL DEFAULT 1,
    CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Mention_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Mention_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Mention_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "blockIndex" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "direct" BOOLEAN NOT NULL,
    "saidOn" DATETIME,
    "speakerPersonId" INTEGER,
    "speakerOrganizationId" INTEGER,
    "provenance" TEXT NOT NULL,
    "confidence" REAL NOT NULL DEFAULT 1,
    CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Statement_speakerPersonId_fkey" FOREIGN KEY ("speakerPersonId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Statement_speakerOrganizationId_fkey" FOREIGN KEY ("speakerOrganizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TradeFigure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "blockIndex" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER,
    "amount" DECIMAL NOT NULL,
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

-- CreateTable
CREATE TABLE "TradeFigurePartner" (
    "tradeFigureId" INTEGER NOT NULL,
    "placeId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("tradeFigureId", "placeId"),
    CONSTRAINT "TradeFigurePartner_tradeFigureId_fkey" FOREIGN KEY ("tradeFigureId") REFERENCES "TradeFigure" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TradeFigurePartner_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "titleAr" TEXT,
    "titleEn" TEXT NOT NULL,
    "occurredOn" DATETIME,
    "provenance" TEXT NOT NULL DEFAULT 'CURATED',
    "confidence" REAL NOT NULL DEFAULT 1
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "personId" INTEGER,
    "organizationId" INTEGER,
    CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventParticipant_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventPlace" (
    "eventId" INTEGER NOT NULL,
    "placeId" INTEGER NOT NULL,

    PRIMARY KEY ("eventId", "placeId"),
    CONSTRAINT "EventPlace_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventPlace_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "blockIndex" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "provenance" TEXT NOT NULL,
    "confidence" REAL NOT NULL DEFAULT 1,
    CONSTRAINT "EventReport_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventReport_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt", "id");

-- CreateIndex
CREATE INDEX "Article_language_publishedAt_idx" ON "Article"("language", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "Organization_countryId_idx" ON "Organization"("countryId");

-- CreateIndex
CREATE UNIQUE INDEX "Place_slug_key" ON "Place"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Place_iso2_key" ON "Place"("iso2");

-- CreateIndex
CREATE INDEX "Place_parentId_idx" ON "Place"("parentId");

-- CreateIndex
CREATE INDEX "Alias_normalized_idx" ON "Alias"("normalized");

-- CreateIndex
CREATE INDEX "Alias_personId_idx" ON "Alias"("personId");

-- CreateIndex
CREATE INDEX "Alias_organizationId_idx" ON "Alias"("organizationId");

-- CreateIndex
CREATE INDEX "Alias_placeId_idx" ON "Alias"("placeId");

-- CreateIndex
CREATE INDEX "Role_personId_idx" ON "Role"("personId");

-- CreateIndex
CREATE INDEX "Role_countryId_idx" ON "Role"("countryId");

-- CreateIndex
CREATE INDEX "Mention_articleId_idx" ON "Mention"("articleId");

-- CreateIndex
CREATE INDEX "Mention_personId_articleId_idx" ON "Mention"("personId", "articleId");

-- CreateIndex
CREATE INDEX "Mention_organizationId_articleId_idx" ON "Mention"("organizationId", "articleId");

-- CreateIndex
CREATE INDEX "Mention_placeId_articleId_idx" ON "Mention"("placeId", "articleId");

-- CreateIndex
CREATE INDEX "Statement_articleId_blockIndex_start_idx" ON "Statement"("articleId", "blockIndex", "start");

-- CreateIndex
CREATE INDEX "Statement_speakerPersonId_saidOn_idx" ON "Statement"("speakerPersonId", "saidOn");

-- CreateIndex
CREATE INDEX "Statement_speakerOrganizationId_saidOn_idx" ON "Statement"("speakerOrganizationId", "saidOn");

-- CreateIndex
CREATE INDEX "Statement_direct_idx" ON "Statement"("direct");

-- CreateIndex
CREATE INDEX "TradeFigure_articleId_idx" ON "TradeFigure"("articleId");

-- CreateIndex
CREATE INDEX "TradeFigure_kind_year_idx" ON "TradeFigure"("kind", "year");

-- CreateIndex
CREATE INDEX "TradeFigurePartner_placeId_idx" ON "TradeFigurePartner"("placeId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_occurredOn_idx" ON "Event"("occurredOn");

-- CreateIndex
CREATE INDEX "EventParticipant_eventId_idx" ON "EventParticipant"("eventId");

-- CreateIndex
CREATE INDEX "EventParticipant_personId_idx" ON "EventParticipant"("personId");

-- CreateIndex
CREATE INDEX "EventPlace_placeId_idx" ON "EventPlace"("placeId");

-- CreateIndex
CREATE INDEX "EventReport_articleId_idx" ON "EventReport"("articleId");

-- CreateIndex
CREATE INDEX "EventReport_eventId_idx" ON "EventReport"("eventId");
