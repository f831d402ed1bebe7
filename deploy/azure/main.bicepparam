// Parameters for main.bicep. The database password is read from the environment of the
// shell that runs the deployment, never written to a file:
//   export POSTGRES_PASSWORD="$(openssl rand -base64 30)"
//   az deployment group create -g RG -f deploy/azure/main.bicep -p deploy/azure/main.bicepparam
using './main.bicep'

param name = 'coursebot'
param registryName = 'coursebotacr'
param image = 'coursebotacr.azurecr.io/course-bot:1.0.0'
param postgresPassword = readEnvironmentVariable('POSTGRES_PASSWORD')
param taIds = ''
param taChannel = ''
