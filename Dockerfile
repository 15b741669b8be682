# Builds one of the two services: docker build --build-arg SERVICE=command-service (or query-service) .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -DskipTests package

FROM eclipse-temurin:17-jre
ARG SERVICE
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar app.jar
ENV JAVA_TOOL_OPTIONS="-Daxoniq.update-checker.disabled=true"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
