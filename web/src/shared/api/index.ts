export { ApiError, CLIENT_ERROR, configureApi, toApiError, type ApiConfig } from './client';
export * from './endpoints';
