-- AlterTable
ALTER TABLE "Article" ALTER COLUMN "publishedAt" DROP NOT NULL;
