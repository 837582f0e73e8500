-- CreateEnum
CREATE TYPE "Language" AS ENUM ('AR', 'EN', 'RU');

-- CreateEnum
CREATE TYPE "BlockKind" AS ENUM ('PARAGRAPH', 'HEADING');

-- CreateEnum
CREATE TYPE "Provenance" AS ENUM ('CURATED', 'EXTRACTED');

-- CreateEnum
CREATE TYPE "PlaceKind" AS ENUM ('COUNTRY', 'CITY', 'REGION', 'TERRITORY', 'CORRIDOR');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('GOVERNMENT', 'MINISTRY', 'AGENCY', 'MEDIA', 'COURT', 'MILITARY', 'INTERNATIONAL', 'OTHER');

-- CreateEnum
CREATE TYPE "TradeFigureKind" AS ENUM ('TRADE_VOLUME', 'INVESTMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "FigureStatus" AS ENUM ('ACTUAL', 'FORECAST', 'ESTIMATE');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('CALL', 'TALKS', 'MEETING', 'SUMMIT', 'AGREEMENT', 'STATEMENT', 'INCIDENT', 'LEGAL_ACTION', 'OTHER');

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleDerived" BOOLEAN NOT NULL DEFAULT false,
    "language" "Language" NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "url" TEXT,
    "publisher" TEXT,
    "source" TEXT,
    "photoCredit" TEXT,
    "contentHash" TEXT NOT NULL,
    "provenance" "Provenance" NOT NULL DEFAULT 'CURATED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "translationOfId" INTEGER,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleBlock" (
    "articleId" INTEGER NOT NULL,
    "index" INTEGER NOT NULL,
    "kind" "BlockKind" NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "ArticleBlock_pkey" PRIMARY KEY ("articleId","index")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT,
    "nameRu" TEXT,
    "provenance" "Provenance" NOT NULL DEFAULT 'CURATED',
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL DEFAULT 'OTHER',
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT,
    "nameRu" TEXT,
    "countryId" INTEGER,
    "provenance" "Provenance" NOT NULL DEFAULT 'CURATED',
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Place" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "PlaceKind" NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT,
    "nameRu" TEXT,
    "iso2" TEXT,
    "parentId" INTEGER,
    "provenance" "Provenance" NOT NULL DEFAULT 'CURATED',
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alias" (
    "id" SERIAL NOT NULL,
    "text" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "personId" INTEGER,
    "organizationId" INTEGER,
    "placeId" INTEGER,
    "provenance" "Provenance" NOT NULL DEFAULT 'CURATED',

    CONSTRAINT "Alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleAr" TEXT,
    "organizationId" INTEGER,
    "countryId" INTEGER,
    "startedOn" TIMESTAMP(3),
    "endedOn" TIMESTAMP(3),
    "provenance" "Provenance" NOT NULL DEFAULT 'CURATED',
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "blockIndex" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "personId" INTEGER,
    "organizationId" INTEGER,
    "placeId" INTEGER,
    "provenance" "Provenance" NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "blockIndex" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "direct" BOOLEAN NOT NULL,
    "saidOn" TIMESTAMP(3),
    "speakerPersonId" INTEGER,
    "speakerOrganizationId" INTEGER,
    "provenance" "Provenance" NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TradeFigure" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "blockIndex" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "TradeFigureKind" NOT NULL,
    "year" INTEGER,
    "amount" DECIMAL(65,30) NOT NULL,
    "currency" TEXT NOT NULL,
    "status" "FigureStatus" NOT NULL,
    "sourcePersonId" INTEGER,
    "sourceOrganizationId" INTEGER,
    "provenance" "Provenance" NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,

    CONSTRAINT "TradeFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TradeFigurePartner" (
    "tradeFigureId" INTEGER NOT NULL,
    "placeId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "TradeFigurePartner_pkey" PRIMARY KEY ("tradeFigureId","placeId")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "titleAr" TEXT,
    "titleEn" TEXT NOT NULL,
    "occurredOn" TIMESTAMP(3),
    "provenance" "Provenance" NOT NULL DEFAULT 'CURATED',
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "personId" INTEGER,
    "organizationId" INTEGER,

    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventPlace" (
    "eventId" INTEGER NOT NULL,
    "placeId" INTEGER NOT NULL,

    CONSTRAINT "EventPlace_pkey" PRIMARY KEY ("eventId","placeId")
);

-- CreateTable
CREATE TABLE "EventReport" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "blockIndex" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "provenance" "Provenance" NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,

    CONSTRAINT "EventReport_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_translationOfId_fkey" FOREIGN KEY ("translationOfId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleBlock" ADD CONSTRAINT "ArticleBlock_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alias" ADD CONSTRAINT "Alias_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alias" ADD CONSTRAINT "Alias_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alias" ADD CONSTRAINT "Alias_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerPersonId_fkey" FOREIGN KEY ("speakerPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerOrganizationId_fkey" FOREIGN KEY ("speakerOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeFigure" ADD CONSTRAINT "TradeFigure_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeFigure" ADD CONSTRAINT "TradeFigure_sourcePersonId_fkey" FOREIGN KEY ("sourcePersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeFigure" ADD CONSTRAINT "TradeFigure_sourceOrganizationId_fkey" FOREIGN KEY ("sourceOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeFigurePartner" ADD CONSTRAINT "TradeFigurePartner_tradeFigureId_fkey" FOREIGN KEY ("tradeFigureId") REFERENCES "TradeFigure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeFigurePartner" ADD CONSTRAINT "TradeFigurePartner_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPlace" ADD CONSTRAINT "EventPlace_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPlace" ADD CONSTRAINT "EventPlace_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventReport" ADD CONSTRAINT "EventReport_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventReport" ADD CONSTRAINT "EventReport_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
