package uk.bcf.ledger.query.operations;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads the read caches' limits ({@link ReadCacheProperties}); each feature builds its own cache within them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadCacheProperties.class)
class ReadCacheConfiguration {}
