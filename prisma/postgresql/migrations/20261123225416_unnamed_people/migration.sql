-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "named" BOOLEAN NOT NULL DEFAULT true;
