-- CreateEnum
CREATE TYPE "InstanceStatus" AS ENUM ('connected', 'disconnected', 'decommissioned');

-- AlterTable
ALTER TABLE "Environment" ADD COLUMN     "runnerDeclaration" JSONB;

-- CreateTable
CREATE TABLE "Instance" (
    "id" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "runnerKey" TEXT NOT NULL,
    "status" "InstanceStatus" NOT NULL DEFAULT 'connected',
    "runnerVersion" TEXT,
    "openSockets" INTEGER NOT NULL DEFAULT 0,
    "connectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disconnectedAt" TIMESTAMP(3),

    CONSTRAINT "Instance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Instance_accountId_idx" ON "Instance"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "Instance_environmentId_runnerKey_key" ON "Instance"("environmentId", "runnerKey");

-- AddForeignKey
ALTER TABLE "Instance" ADD CONSTRAINT "Instance_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
