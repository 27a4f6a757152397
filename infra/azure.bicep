// The board assistant on Azure: one Linux App Service (Node 20) running `npm start`, and the Azure Bot that
// sends Teams' messages to it. Deployed by m365agents.yml (arm/deploy); its outputs go to env/.env.dev.

@minLength(4)
@maxLength(20)
@description('Names every resource (letters and digits)')
param resourceBaseName string

param location string = resourceGroup().location

@description('App Service plan size; B1 or above, because the free tiers cannot stay always on')
param webAppSku string = 'B1'

@maxLength(42)
param botDisplayName string = 'Board assistant'

@description('The Entra application (client) id that is both the bot and the tab\'s SSO resource')
param botAppId string

@secure()
@description('That application\'s client secret')
param botAppPassword string

@description('The tenant the application is registered in')
param botTenantId string

@description('Tenant ids (comma-separated) whose users may use the assistant; empty means the app\'s own tenant')
param allowedTenants string = ''

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      alwaysOn: true
      appCommandLine: 'npm start'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}

// Separate from the site so BOARD_PUBLIC_URL can name the site's own host.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    // Read by src/config.ts
    MicrosoftAppId: botAppId
    MicrosoftAppType: 'SingleTenant'
    MicrosoftAppTenantId: botTenantId
    MicrosoftAppPassword: botAppPassword
    BOARD_ALLOWED_TENANTS: allowedTenants
    BOARD_PUBLIC_URL: 'https://${webApp.properties.defaultHostName}'
    // /home is the App Service's persistent storage: the library survives restarts and redeployments.
    BOARD_DB: '/home/data/board.db'
    // Read by App Service
    WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'true'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
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

// Written to env/.env.dev by arm/deploy.
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOARD_PUBLIC_URL string = 'https://${webApp.properties.defaultHostName}'
