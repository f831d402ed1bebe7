// The course bot on Azure, in one resource group:
//   - a user-assigned managed identity: the bot's Microsoft App ID (no client secret anywhere)
//   - an Azure Bot (UserAssignedMSI) with the Microsoft Teams channel
//   - the bot on Azure Container Apps, at least two replicas, probes on /healthz and /readyz
//   - Azure Database for PostgreSQL flexible server (the bot's state, BOT_DATABASE_URL)
//   - Key Vault holding the connection string; the app reads it with its identity
//   - Log Analytics receiving the container logs (JSON, one line per record) and the
//     database's diagnostics
// The image comes from an existing Azure Container Registry (see deploy/README.md:
// `az acr build`); the identity is granted AcrPull on it.
//
//   az deployment group create -g RG -f deploy/azure/main.bicep -p deploy/azure/main.bicepparam

targetScope = 'resourceGroup'

@description('A short name for the resources (letters and digits, lower case).')
@minLength(3)
@maxLength(16)
param name string = 'coursebot'

@description('Region for everything but the Azure Bot (which is global).')
param location string = resourceGroup().location

@description('Name of the Azure Container Registry (same resource group) holding the image.')
param registryName string

@description('The image to run, e.g. coursebot.azurecr.io/course-bot:1.0.0.')
param image string

@description('Replicas at least (two: one can restart while the other answers).')
@minValue(1)
param minReplicas int = 2

@description('Replicas at most; more are added when requests pile up.')
@minValue(1)
param maxReplicas int = 4

@description('The address students reach the bot at; default: the Container App\'s own HTTPS name.')
param publicUrl string = ''

@description('TAs: comma-separated AAD object ids (BOT_TA_IDS).')
param taIds string = ''

@description('The TA team channel\'s conversation id (BOT_TA_CHANNEL).')
param taChannel string = ''

@description('Administrator login of the PostgreSQL server.')
param postgresAdmin string = 'botadmin'

@description('Its password. Only stored in the server and, inside the connection string, in Key Vault.')
@secure()
@minLength(16)
param postgresPassword string

@description('Azure Bot pricing tier: F0 (free) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Days Log Analytics keeps the logs.')
param logRetentionDays int = 30

@description('Days of PostgreSQL point-in-time backups (7 to 35).')
@minValue(7)
@maxValue(35)
param backupRetentionDays int = 14

var suffix = uniqueString(resourceGroup().id, name)
var databaseName = 'bot'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var acrPull = '7f951dda-4ed3-4680-a7ca-43fe172d538d'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = {
  name: registryName
}

resource pullImages 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, identity.id, acrPull)
  scope: registry
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPull)
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${name}-pg-${suffix}'
  location: location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdmin
    administratorLoginPassword: postgresPassword
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: backupRetentionDays
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    authConfig: {
      passwordAuth: 'Enabled'
      activeDirectoryAuth: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// Only Azure services reach the server (connections need TLS: require_secure_transport is
// on by default). A virtual network with private access is stricter; see deploy/README.md.
resource azureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource postgresLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: postgres
  properties: {
    workspaceId: logs.id
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

// Public network access stays on: Container Apps outside a virtual network reads its Key
// Vault references over the public endpoint (access is by RBAC, the identity only).
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  // checkov:skip=CKV_AZURE_109: Container Apps without a VNet reads secrets over the public endpoint
  // checkov:skip=CKV_AZURE_189: as above; access is limited by RBAC to the bot's identity
  name: 'kv${suffix}'
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource databaseUrl 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  // checkov:skip=CKV_AZURE_41: rotated by redeploying with a new password; an expiry would stop the bot
  parent: vault
  name: 'database-url'
  properties: {
    contentType: 'BOT_DATABASE_URL'
    value: 'postgresql://${postgresAdmin}:${uriComponent(postgresPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?sslmode=require'
  }
}

resource readSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

resource appEnvironment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${name}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

var appName = '${name}-app'
// A Container App's HTTPS name is <app name>.<environment's default domain>.
var botUrl = empty(publicUrl) ? 'https://${appName}.${appEnvironment.properties.defaultDomain}' : publicUrl

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: appName
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    environmentId: appEnvironment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: 3978
        transport: 'auto'
        allowInsecure: false // HTTPS is terminated by the platform
      }
      registries: [
        {
          server: registry.properties.loginServer
          identity: identity.id
        }
      ]
      secrets: [
        {
          name: 'database-url'
          keyVaultUrl: databaseUrl.properties.secretUri
          identity: identity.id
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'bot'
          image: image
          resources: {
            cpu: json('1.0')
            memory: '2Gi'
          }
          env: [
            {
              name: 'MicrosoftAppType'
              value: 'UserAssignedMSI'
            }
            {
              name: 'MicrosoftAppId'
              value: identity.properties.clientId
            }
            {
              name: 'MicrosoftAppTenantId'
              value: identity.properties.tenantId
            }
            {
              name: 'BOT_DATABASE_URL'
              secretRef: 'database-url'
            }
            {
              name: 'BOT_PUBLIC_URL'
              value: botUrl
            }
            {
              name: 'BOT_TA_IDS'
              value: taIds
            }
            {
              name: 'BOT_TA_CHANNEL'
              value: taChannel
            }
          ]
          probes: [
            {
              type: 'Startup' // loading the model takes a while: up to 5 minutes
              httpGet: {
                path: '/readyz'
                port: 3978
              }
              periodSeconds: 10
              failureThreshold: 30
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/readyz'
                port: 3978
              }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/healthz'
                port: 3978
              }
              periodSeconds: 30
              failureThreshold: 3
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: max(minReplicas, maxReplicas)
        rules: [
          {
            name: 'http'
            http: {
              metadata: {
                concurrentRequests: '50'
              }
            }
          }
        ]
      }
    }
  }
  dependsOn: [
    pullImages
    readSecrets
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: name
    endpoint: '${botUrl}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The bot\'s Microsoft App ID: give it to `python -m bot teams-package --app-id`.')
output botAppId string = identity.properties.clientId

@description('Where the bot answers; its host is the --domain of the Teams package.')
output botUrl string = botUrl

@description('The Bot Framework messaging endpoint registered in the Azure Bot.')
output messagingEndpoint string = '${botUrl}/api/messages'
