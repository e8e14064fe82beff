-- CreateEnum
CREATE TYPE "VariableAction" AS ENUM ('created', 'changed', 'deleted');

-- CreateEnum
CREATE TYPE "VariableChangeSource" AS ENUM ('api', 'import', 'copy', 'runner');

-- CreateTable
CREATE TABLE "Variable" (
    "id" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "secure" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "createdByName" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT,
    "updatedByName" TEXT,

    CONSTRAINT "Variable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VariableAuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "environmentId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "action" "VariableAction" NOT NULL,
    "secure" BOOLEAN NOT NULL,
    "source" "VariableChangeSource" NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VariableAuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Variable_accountId_idx" ON "Variable"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "Variable_environmentId_name_key" ON "Variable"("environmentId", "name");

-- CreateIndex
CREATE INDEX "VariableAuditEvent_environmentId_at_idx" ON "VariableAuditEvent"("environmentId", "at");

-- AddForeignKey
ALTER TABLE "Variable" ADD CONSTRAINT "Variable_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VariableAuditEvent" ADD CONSTRAINT "VariableAuditEvent_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
