-- CreateTable
CREATE TABLE "LoadedSource" (
    "name" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoadedSource_pkey" PRIMARY KEY ("name")
);
